/*
 * TicketGrid seat map: selection, keyboard navigation, live seat states and zoom.
 *
 * The server draws the map (one <rect> per seat, state as a class, label as aria-label). This
 * script adds behaviour without touching each seat up front: one listener of each kind on the
 * map (event delegation), a keyboard index built on first use, and one roving tab stop, so a
 * 50,000-seat stadium costs nothing extra to show. No inline script or handler anywhere, so the
 * page works under a Content-Security-Policy without 'unsafe-inline'.
 */
(function () {
  'use strict';

  var viewport = document.getElementById('seatmap-viewport');
  var svg = document.getElementById('seatmap');
  var status = document.getElementById('seatmap-status');
  if (!viewport || !svg) {
    return;
  }
  var MAX = parseInt(viewport.getAttribute('data-max'), 10) || 8;
  var STATES = { a: 'available', r: 'on hold', b: 'sold' };
  var INDEX_FACTOR = 1048576; // seat id = section id * 2^20 + index within the section
  var selected = new Map(); // seat id -> element, in the order chosen
  var mine = [];
  var rows = null; // keyboard index: [{y, seats: [elements sorted by x]}]
  var where = null; // element -> [row, position]
  var tabStop = svg.querySelector('rect[tabindex="0"]');

  // ---- helpers -------------------------------------------------------------------------------

  function isSeat(el) {
    return el && el.tagName === 'rect' && el.id && el.id.charAt(0) === 's';
  }

  function stateOf(seat) {
    return seat.classList.contains('a') ? 'a' : seat.classList.contains('r') ? 'r' : 'b';
  }

  function section(seat) {
    return seat.parentNode;
  }

  /** "Block A, row C, seat 12" from "Block A, row C, seat 12, 45.00 EUR, available". */
  function seatName(seat) {
    var label = seat.getAttribute('aria-label');
    label = label.slice(0, label.lastIndexOf(', '));
    return section(seat).hasAttribute('data-price') ? label.slice(0, label.lastIndexOf(', ')) : label;
  }

  function announce(text) {
    if (!status) {
      return;
    }
    // Clear first so that the same sentence twice is announced twice.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 30);
  }

  function form() {
    return document.getElementById('hold-form');
  }

  /** A short visible message under the map (for sighted buyers; announce() is for screen readers). */
  var flashTimer = null;
  function flash(text) {
    var box = document.getElementById('seatmap-feedback');
    if (!box) {
      box = document.createElement('p');
      box.id = 'seatmap-feedback';
      box.className = 'map-feedback';
      box.setAttribute('aria-hidden', 'true');
      viewport.parentNode.insertBefore(box, viewport.nextSibling);
    }
    box.textContent = text;
    box.hidden = false;
    window.clearTimeout(flashTimer);
    flashTimer = window.setTimeout(function () { box.hidden = true; }, 4000);
  }

  // True while this page's own hold request is under way: its answer marks the seats held (the
  // live part is swapped before the panel), and those are not seats someone else took.
  var holding = false;
  document.body.addEventListener('htmx:beforeRequest', function (e) {
    if (e.detail && e.detail.elt && e.detail.elt.id === 'hold-form') {
      holding = true;
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (e) {
    if (e.detail && e.detail.elt && e.detail.elt.id === 'hold-form') {
      window.setTimeout(function () { holding = false; }, 0);
    }
  });

  /** The seat ids of this buyer's active hold, as the buying panel lists them. */
  function heldIds() {
    var box = document.querySelector('.hold-panel .countdown[data-seat-ids]');
    return box && !box.getAttribute('data-expired') ? box.getAttribute('data-seat-ids').split(' ') : [];
  }

  function money(cents, digits, currency) {
    var value = digits > 0 ? (cents / Math.pow(10, digits)).toFixed(digits) : String(cents);
    return value + ' ' + currency;
  }

  function standingInputs() {
    return Array.prototype.slice.call(document.querySelectorAll('.standing-qty'));
  }

  function standingCount() {
    return standingInputs().reduce(function (sum, input) {
      var n = parseInt(input.value, 10);
      return sum + (n > 0 ? n : 0);
    }, 0);
  }

  // ---- selection -----------------------------------------------------------------------------

  function toggle(seat) {
    var id = seat.id.slice(1);
    if (selected.has(id)) {
      unselect(seat);
      announce(seatName(seat) + ' removed. ' + countText());
      render();
      return;
    }
    if (!form()) {
      // Said out loud and shown: a tap that does nothing visible looks like a broken page.
      announce('You already hold seats. Release them first to choose different ones.');
      flash('You already hold seats: check out, or release them to choose different ones.');
      return;
    }
    if (stateOf(seat) !== 'a') {
      announce(seatName(seat) + ' is ' + STATES[stateOf(seat)] + ' and cannot be chosen.');
      flash(seatName(seat) + ' is ' + STATES[stateOf(seat)] + '.');
      return;
    }
    if (selected.size + standingCount() >= MAX) {
      announce('You can hold at most ' + MAX + ' seats at a time.');
      return;
    }
    selected.set(id, seat);
    seat.classList.add('sel');
    seat.setAttribute('aria-checked', 'true');
    announce(seatName(seat) + ' selected. ' + countText());
    render();
    if (!tip.hidden) {
      showTip(seat);
    }
  }

  function unselect(seat) {
    selected.delete(seat.id.slice(1));
    seat.classList.remove('sel');
    if (seat.hasAttribute('aria-checked')) {
      seat.setAttribute('aria-checked', 'false');
    }
  }

  function countText() {
    var n = selected.size + standingCount();
    return n === 1 ? '1 seat selected.' : n + ' seats selected.';
  }

  /** Redraws the selection list, hidden inputs and total in the hold form. */
  function render() {
    var f = form();
    if (!f) {
      return;
    }
    var list = f.querySelector('.selection');
    var empty = f.querySelector('.selection-empty');
    var totalOut = f.querySelector('.selection-total');
    var total = 0;
    var digits = 2;
    var currency = '';
    list.textContent = '';
    selected.forEach(function (seat, id) {
      var g = section(seat);
      var cents = parseInt(g.getAttribute('data-price'), 10) || 0;
      digits = parseInt(g.getAttribute('data-digits'), 10);
      currency = g.getAttribute('data-currency') || currency;
      total += cents;
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = seatName(seat);
      var price = document.createElement('span');
      price.className = 'price';
      price.textContent = money(cents, digits, currency);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.setAttribute('data-remove', id);
      remove.setAttribute('aria-label', 'Remove ' + seatName(seat));
      remove.textContent = '×';
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'seat';
      input.value = id;
      li.append(name, price, remove, input);
      list.appendChild(li);
    });
    standingInputs().forEach(function (input) {
      var n = parseInt(input.value, 10);
      var g = document.getElementById('sec' + input.getAttribute('data-section'));
      if (n > 0 && g) {
        digits = parseInt(g.getAttribute('data-digits'), 10);
        currency = g.getAttribute('data-currency') || currency;
        total += n * (parseInt(g.getAttribute('data-price'), 10) || 0);
      }
    });
    var count = selected.size + standingCount();
    empty.hidden = count > 0;
    totalOut.textContent = count > 0 && currency ? money(total, digits, currency) : '—';
  }

  // ---- keyboard ------------------------------------------------------------------------------

  function buildIndex() {
    var byY = new Map();
    where = new Map();
    var seats = svg.querySelectorAll('rect[id^="s"]');
    for (var i = 0; i < seats.length; i++) {
      var y = parseFloat(seats[i].getAttribute('y'));
      var row = byY.get(y);
      if (!row) {
        row = [];
        byY.set(y, row);
      }
      row.push(seats[i]);
    }
    rows = Array.from(byY.keys()).sort(function (a, b) { return a - b; }).map(function (y) {
      return byY.get(y).sort(function (a, b) { return a.x.baseVal.value - b.x.baseVal.value; });
    });
    rows.forEach(function (row, r) {
      row.forEach(function (seat, p) { where.set(seat, [r, p]); });
    });
  }

  function nearestInRow(row, x) {
    var lo = 0;
    var hi = row.length - 1;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (row[mid].x.baseVal.value < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > 0 && Math.abs(row[lo - 1].x.baseVal.value - x) <= Math.abs(row[lo].x.baseVal.value - x)) {
      return row[lo - 1];
    }
    return row[lo];
  }

  /** The first (step -1) or last (step 1) seat of this row within the seat's own section. */
  function edgeOfSection(row, position, step) {
    var g = row[position].parentNode;
    var p = position;
    while (row[p + step] && row[p + step].parentNode === g) {
      p += step;
    }
    return row[p];
  }

  function moveFrom(seat, key) {
    if (!rows) {
      buildIndex();
    }
    var at = where.get(seat);
    if (!at) {
      return null;
    }
    var row = rows[at[0]];
    switch (key) {
      case 'ArrowLeft': return row[at[1] - 1] || null;
      case 'ArrowRight': return row[at[1] + 1] || null;
      case 'Home': return edgeOfSection(row, at[1], -1);
      case 'End': return edgeOfSection(row, at[1], 1);
      case 'ArrowUp': return at[0] > 0 ? nearestInRow(rows[at[0] - 1], seat.x.baseVal.value) : null;
      case 'ArrowDown': return at[0] < rows.length - 1 ? nearestInRow(rows[at[0] + 1], seat.x.baseVal.value) : null;
      case 'PageUp': return nearestInRow(rows[Math.max(0, at[0] - 5)], seat.x.baseVal.value);
      case 'PageDown': return nearestInRow(rows[Math.min(rows.length - 1, at[0] + 5)], seat.x.baseVal.value);
      default: return null;
    }
  }

  /** Moves the single tab stop of the map to this seat (roving tabindex), optionally focusing it. */
  function makeTabStop(seat, focus) {
    if (tabStop && tabStop !== seat) {
      tabStop.setAttribute('tabindex', '-1');
    }
    tabStop = seat;
    seat.setAttribute('tabindex', '0');
    seat.setAttribute('role', 'checkbox');
    seat.setAttribute('aria-checked', selected.has(seat.id.slice(1)) ? 'true' : 'false');
    if (focus) {
      seat.focus();
    }
  }

  svg.addEventListener('keydown', function (e) {
    var seat = e.target;
    if (!isSeat(seat)) {
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle(seat);
      return;
    }
    var next = moveFrom(seat, e.key);
    if (next === null && /^(Arrow|Page|Home|End)/.test(e.key)) {
      e.preventDefault(); // an edge of the map: stay, do not scroll the page
      return;
    }
    if (next) {
      e.preventDefault();
      makeTabStop(next, true);
    }
  });

  svg.addEventListener('click', function (e) {
    var seat = e.target;
    if (isSeat(seat)) {
      makeTabStop(seat, false);
      toggle(seat);
    } else if (seat.classList && seat.classList.contains('ga-area')) {
      var input = document.getElementById('ga-' + section(seat).getAttribute('data-section'));
      if (input) {
        input.focus();
      }
    }
  });

  svg.addEventListener('focusin', function (e) {
    if (isSeat(e.target) && e.target !== tabStop) {
      makeTabStop(e.target, false);
    }
  });

  document.addEventListener('click', function (e) {
    var id = e.target && e.target.getAttribute && e.target.getAttribute('data-remove');
    if (id) {
      var seat = document.getElementById('s' + id);
      if (seat) {
        unselect(seat);
        announce(seatName(seat) + ' removed. ' + countText());
        render();
        var next = form() && form().querySelector('.remove');
        (next || seat).focus();
      }
    }
  });

  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!input.classList || !input.classList.contains('standing-qty')) {
      return;
    }
    var n = parseInt(input.value, 10) || 0;
    var others = selected.size + standingCount() - Math.max(0, n);
    if (n + others > MAX) {
      input.value = String(Math.max(0, MAX - others));
      announce('You can hold at most ' + MAX + ' seats at a time.');
    }
    render();
  });

  // ---- tooltip -------------------------------------------------------------------------------

  // One tooltip for the whole map, shown for the seat under the pointer or with keyboard focus,
  // so sighted users read the same words a screen reader speaks.
  var tip = document.createElement('div');
  tip.className = 'seat-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  viewport.appendChild(tip);

  function showTip(seat) {
    var label = seat.getAttribute('aria-label');
    tip.textContent = selected.has(seat.id.slice(1)) ? label + ' · selected' : label;
    tip.hidden = false;
    var box = seat.getBoundingClientRect();
    var frame = viewport.getBoundingClientRect();
    var left = box.left - frame.left + viewport.scrollLeft + box.width / 2 - tip.offsetWidth / 2;
    var top = box.top - frame.top + viewport.scrollTop - tip.offsetHeight - 6;
    if (top < viewport.scrollTop) {
      top = box.bottom - frame.top + viewport.scrollTop + 6;
    }
    left = Math.max(viewport.scrollLeft + 4, Math.min(left, viewport.scrollLeft + viewport.clientWidth - tip.offsetWidth - 4));
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  svg.addEventListener('mouseover', function (e) {
    if (isSeat(e.target)) {
      showTip(e.target);
    }
  });
  svg.addEventListener('mouseleave', function () { tip.hidden = true; });
  svg.addEventListener('focusout', function () { tip.hidden = true; });
  svg.addEventListener('focusin', function (e) {
    if (isSeat(e.target)) {
      showTip(e.target);
    }
  });

  // ---- live states ---------------------------------------------------------------------------

  /** Applies the seat states the page polled (or got with a hold answer) to the map. */
  function applyStates() {
    var list = document.getElementById('seat-states');
    if (!list || list.getAttribute('data-applied')) {
      return;
    }
    list.setAttribute('data-applied', '1');
    var lost = [];
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      var sectionId = Number(items[i].getAttribute('data-section'));
      var codes = items[i].textContent.trim();
      var g = document.getElementById('sec' + sectionId);
      if (!g) {
        continue;
      }
      if (g.classList.contains('ga')) {
        updateStanding(g, Number(items[i].getAttribute('data-available')), codes.length);
        continue;
      }
      var base = sectionId * INDEX_FACTOR;
      for (var k = 0; k < codes.length; k++) {
        setState(document.getElementById('s' + (base + k)), codes.charAt(k), lost);
      }
    }
    settled(lost);
  }

  /** Shows one seat in state {@code now} ('a', 'r' or 'b'); a selected seat someone took is dropped. */
  function setState(seat, now, lost) {
    if (!seat) {
      return;
    }
    var was = stateOf(seat);
    if (now === was) {
      return;
    }
    seat.classList.remove(was);
    seat.classList.add(now);
    var label = seat.getAttribute('aria-label');
    seat.setAttribute('aria-label', label.slice(0, label.lastIndexOf(', ') + 2) + STATES[now]);
    if (now !== 'a' && selected.has(seat.id.slice(1))) {
      unselect(seat);
      // Held by this buyer's own hold a moment ago (the live update can arrive before the panel):
      // not "taken by someone else".
      if (!holding && heldIds().indexOf(seat.id.slice(1)) < 0) {
        lost.push(seatName(seat));
      }
    }
  }

  function settled(lost) {
    markMine();
    if (lost.length) {
      render();
      announce((lost.length === 1 ? lost[0] + ' was' : lost.join(', ') + ' were')
          + ' just taken by someone else and removed from your selection.');
    }
  }

  // Pushed changes (live.js reads the event's stream): one seat, or one standing area.
  var CODES = { AVAILABLE: 'a', RESERVED: 'r', BOOKED: 'b' };
  document.addEventListener('tg:seat', function (e) {
    var lost = [];
    setState(document.getElementById('s' + e.detail.seatId), CODES[e.detail.status], lost);
    settled(lost);
  });
  document.addEventListener('tg:section', function (e) {
    var g = document.getElementById('sec' + e.detail.sectionId);
    if (g && g.classList.contains('ga')) {
      updateStanding(g, e.detail.available, e.detail.capacity);
    }
  });

  function updateStanding(g, available, capacity) {
    var area = g.querySelector('.ga-area');
    var count = g.querySelector('.ga-count');
    if (count) {
      count.textContent = available.toLocaleString('en-GB') + ' of ' + capacity.toLocaleString('en-GB') + ' places left';
    }
    if (area) {
      area.classList.toggle('full', available === 0);
      var label = area.getAttribute('aria-label');
      var cut = label.lastIndexOf(', ');
      area.setAttribute('aria-label', label.slice(0, cut + 2) + available + ' of ' + capacity + ' places available');
    }
  }

  /** Marks the seats of this buyer's hold, as the hold panel lists them. */
  function markMine() {
    mine.forEach(function (seat) { seat.classList.remove('mine'); });
    mine = [];
    var box = document.querySelector('.hold-panel .countdown[data-seat-ids]');
    if (!box || box.getAttribute('data-expired')) {
      return;
    }
    box.getAttribute('data-seat-ids').split(' ').forEach(function (id) {
      var seat = id && document.getElementById('s' + id);
      if (seat) {
        seat.classList.add('mine');
        mine.push(seat);
      }
    });
  }

  /** After the buying panel changed: a hold clears the selection; a refusal drops the taken seats. */
  function panelChanged() {
    var f = form();
    if (!f) {
      selected.forEach(function (seat) { unselect(seat); });
      standingInputs().forEach(function (input) { input.value = '0'; });
    } else {
      (f.getAttribute('data-taken') || '').split(' ').forEach(function (id) {
        var seat = id && document.getElementById('s' + id);
        if (seat) {
          unselect(seat);
        }
      });
    }
    markMine();
    render();
  }

  function afterSwap(e) {
    applyStates();
    var target = e && e.detail && (e.detail.elt || e.detail.target);
    if (target && target.id === 'hold-panel') {
      panelChanged();
    }
  }

  document.body.addEventListener('htmx:afterSettle', afterSwap);
  document.body.addEventListener('htmx:oobAfterSwap', function () { applyStates(); });
  document.body.addEventListener('htmx:responseError', function (e) {
    if (e.detail && e.detail.elt && e.detail.elt.id === 'hold-form') {
      showFormError('Something went wrong on our side and nothing was held. Please try again.');
    }
  });
  document.body.addEventListener('htmx:sendError', function (e) {
    if (e.detail && e.detail.elt && e.detail.elt.id === 'hold-form') {
      showFormError('We could not reach TicketGrid. Check your connection and try again.');
    }
  });

  function showFormError(text) {
    var f = form();
    if (!f) {
      return;
    }
    var notice = f.parentNode.querySelector('.notice');
    if (!notice) {
      notice = document.createElement('div');
      notice.className = 'notice error';
      notice.setAttribute('role', 'alert');
      f.parentNode.insertBefore(notice, f);
    }
    notice.textContent = text;
  }

  // ---- zoom ----------------------------------------------------------------------------------

  var unitWidth = parseFloat(svg.getAttribute('data-unit-width'));
  var box = svg.viewBox.baseVal;
  var scale = parseFloat(svg.getAttribute('width')) / unitWidth;

  function fit() {
    return Math.max(1, (viewport.clientWidth - 2) / unitWidth);
  }

  function setScale(next) {
    var centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / svg.clientWidth || 0;
    var centreY = (viewport.scrollTop + viewport.clientHeight / 2) / (svg.clientHeight || 1) || 0;
    scale = Math.max(Math.min(fit(), 3), Math.min(40, next));
    svg.setAttribute('width', String(Math.round(unitWidth * scale)));
    svg.setAttribute('height', String(Math.round(unitWidth * scale * box.height / box.width)));
    viewport.scrollLeft = centreX * svg.clientWidth - viewport.clientWidth / 2;
    viewport.scrollTop = centreY * svg.clientHeight - viewport.clientHeight / 2;
  }

  /**
   * Small venues fill the width; big ones start legible (9 px a seat) unless that is far too wide;
   * on a phone seats start big enough to tap (24 px, WCAG 2.2's minimum target size), and "Fit"
   * shows the whole venue.
   */
  function initialScale() {
    var f = fit();
    if (f >= scale) {
      return Math.min(f, 26);
    }
    if (viewport.clientWidth < 600) {
      return Math.max(f, 24);
    }
    return unitWidth * scale <= 2 * viewport.clientWidth ? scale : f;
  }

  document.addEventListener('click', function (e) {
    var zoom = e.target && e.target.getAttribute && e.target.getAttribute('data-zoom');
    if (zoom === 'in') {
      setScale(scale * 1.5);
    } else if (zoom === 'out') {
      setScale(scale / 1.5);
    } else if (zoom === 'fit') {
      setScale(fit());
    }
  });

  // ---- start ---------------------------------------------------------------------------------

  setScale(initialScale());
  viewport.scrollLeft = 0;
  viewport.scrollTop = 0;
  markMine();
  panelChanged();
  // The seat map is drawn once the frame after this script has painted; the benchmark reads it.
  window.requestAnimationFrame(function () {
    window.setTimeout(function () {
      performance.mark('seatmap-drawn');
      viewport.setAttribute('data-drawn-ms', String(Math.round(performance.now())));
    }, 0);
  });
}());
