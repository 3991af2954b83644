// The venue layout builder: add and remove sections, show the fields of each kind, and draw a live
// preview of the layout as it is typed (the same placement as the server: sections side by side,
// four to a band). Large sections are drawn as blocks, not seat by seat, so a stadium stays fast.
(function () {
  'use strict';
  var form = document.getElementById('venue-form');
  var list = document.getElementById('section-list');
  var template = document.getElementById('section-template');
  var svg = document.getElementById('venue-preview');
  var summary = document.getElementById('preview-summary');
  if (!form || !list || !template || !svg) {
    return;
  }
  var NS = 'http://www.w3.org/2000/svg';
  var GAP = 4;
  var PER_BAND = 4;
  var MAX_DOTS = 2500;

  function number(input) {
    var n = parseInt(input && input.value, 10);
    return isNaN(n) || n < 0 ? 0 : n;
  }

  function sections() {
    return Array.prototype.map.call(list.querySelectorAll('.section-editor'), function (li) {
      var kind = li.querySelector('[name=sectionKind]').value;
      return {
        li: li,
        name: li.querySelector('[name=sectionName]').value.trim() || 'Unnamed',
        standing: kind === 'GENERAL_ADMISSION',
        rows: Math.min(number(li.querySelector('[name=sectionRows]')), 500),
        seats: Math.min(number(li.querySelector('[name=sectionSeats]')), 500),
        capacity: number(li.querySelector('[name=sectionCapacity]'))
      };
    });
  }

  // Fields of the other kind are hidden, not disabled: every section must post all its fields so
  // that the server can pair them up by position.
  function showKind(s) {
    s.li.classList.toggle('is-standing', s.standing);
  }

  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function draw() {
    var all = sections();
    all.forEach(showKind);
    while (svg.firstChild) {
      svg.removeChild(svg.firstChild);
    }
    var x = 0, y = 0, bandHeight = 0, seated = 0, standing = 0, width = 10, index = 0;
    var standingAreas = [];
    all.forEach(function (s) {
      if (s.standing) {
        standing += s.capacity;
        standingAreas.push(s);
        return;
      }
      seated += s.rows * s.seats;
      if (index > 0 && index % PER_BAND === 0) {
        x = 0;
        y += bandHeight + GAP + 2;
        bandHeight = 0;
      }
      index++;
      var g = el('g', { 'class': 'preview-section' });
      g.appendChild(el('text', { x: x, y: y + 1.5, 'class': 'preview-label' }, s.name));
      var top = y + 2;
      if (s.rows * s.seats <= MAX_DOTS) {
        for (var r = 0; r < s.rows; r++) {
          for (var n = 0; n < s.seats; n++) {
            g.appendChild(el('rect', { x: x + n, y: top + r, width: 0.8, height: 0.8, 'class': 'preview-seat' }));
          }
        }
      } else {
        g.appendChild(el('rect', { x: x, y: top, width: s.seats, height: s.rows, 'class': 'preview-block' }));
      }
      svg.appendChild(g);
      x += s.seats + GAP;
      width = Math.max(width, x);
      bandHeight = Math.max(bandHeight, s.rows + 2);
    });
    var gaY = y + bandHeight + GAP;
    var gaX = 0;
    standingAreas.forEach(function (s) {
      var w = Math.max(12, Math.sqrt(s.capacity) * 1.2);
      var g = el('g', { 'class': 'preview-section' });
      g.appendChild(el('rect', { x: gaX, y: gaY, width: w, height: 8, rx: 1, 'class': 'preview-ga' }));
      g.appendChild(el('text', { x: gaX + 1, y: gaY + 5, 'class': 'preview-label' }, s.name + ' · ' + s.capacity));
      svg.appendChild(g);
      gaX += w + GAP;
      width = Math.max(width, gaX);
    });
    var height = Math.max(10, gaY + (standingAreas.length ? 10 : 0));
    // Labels keep a readable size whatever the venue's size (the view box scales everything else).
    var fontSize = Math.max(1.2, Math.max(width, height) / 45);
    Array.prototype.forEach.call(svg.querySelectorAll('.preview-label'), function (label) {
      label.setAttribute('font-size', fontSize.toFixed(2));
    });
    svg.setAttribute('viewBox', '-2 -2 ' + (width + 4) + ' ' + (height + 4));
    var count = all.length + (all.length === 1 ? ' section, ' : ' sections, ');
    summary.textContent = count + seated.toLocaleString('en') + ' seats and ' + standing.toLocaleString('en')
        + ' standing: ' + (seated + standing).toLocaleString('en') + ' places in all.';
  }

  document.getElementById('add-section').addEventListener('click', function () {
    var item = template.content.firstElementChild.cloneNode(true);
    list.appendChild(item);
    item.querySelector('[name=sectionName]').focus();
    draw();
  });
  list.addEventListener('click', function (e) {
    var button = e.target.closest('.remove-section');
    if (button && list.querySelectorAll('.section-editor').length > 1) {
      button.closest('.section-editor').remove();
      draw();
    }
  });
  form.addEventListener('input', draw);
  form.addEventListener('change', draw);
  draw();
}());
