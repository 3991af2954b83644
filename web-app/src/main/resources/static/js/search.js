// Search page: suggestions as you type (ARIA combobox with a listbox popup: arrows move, Enter
// picks, Escape closes), and "near me" from the browser's location. No inline script (CSP).
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  var form = document.getElementById('search-form');
  if (!input || !list || !form) { return; }
  var timer = null;
  var active = -1;
  var items = [];
  var seq = 0;

  function submit() {
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  }

  function close() {
    list.hidden = true;
    list.innerHTML = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    items.forEach(function (li, i) { li.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', items[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    if (index < 0 || index >= items.length) { return; }
    input.value = items[index].getAttribute('data-value');
    // A suggestion request still in flight must not reopen the list after the pick.
    clearTimeout(timer);
    seq++;
    close();
    submit();
  }

  function render(suggestions) {
    list.innerHTML = '';
    items = suggestions.map(function (s, i) {
      var li = document.createElement('li');
      li.id = 'q-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-value', s.name);
      li.textContent = s.name;
      if (s.kind === 'place') {
        var hint = document.createElement('span');
        hint.className = 'hint';
        hint.textContent = ' · place';
        li.appendChild(hint);
      }
      li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(i); });
      list.appendChild(li);
      return li;
    });
    active = -1;
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
  }

  function fetchSuggestions() {
    var text = input.value.trim();
    if (text.length < 2) { close(); return; }
    var mine = ++seq;
    fetch(input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (data) { if (mine === seq && document.activeElement === input) { render(data); } })
      .catch(function () { close(); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') {
      if (items.length) { e.preventDefault(); highlight((active + 1) % items.length); }
    } else if (e.key === 'ArrowUp') {
      if (items.length) { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    } else if (e.key === 'Enter') {
      if (active >= 0) { e.preventDefault(); pick(active); } else { close(); }
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });

  // "Near me": the browser's location fills lat/lon (a radius too, if none was chosen).
  document.addEventListener('click', function (e) {
    if (!e.target || e.target.id !== 'near-me') { return; }
    if (!navigator.geolocation) { return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      document.getElementById('lat').value = pos.coords.latitude.toFixed(4);
      document.getElementById('lon').value = pos.coords.longitude.toFixed(4);
      var radius = document.getElementById('radiusKm');
      if (!radius.value) { radius.value = '50'; }
      submit();
    });
  });
}());
