/*
 * The waiting room page: follows the buyer's place over server-sent events (position, admitted,
 * expired, sold-out, reopened) and falls back to polling the status every 5 seconds when the stream
 * cannot be used. The place lives on the server: reloading shows it again.
 */
(function () {
  'use strict';

  var root = document.getElementById('queue-root');
  if (!root || root.dataset.state === 'NONE') {
    return;
  }
  var base = root.dataset.base;
  var start = parseInt(root.dataset.start, 10) || null;
  var timer = null;
  var polling = null;

  function byId(id) { return document.getElementById(id); }

  function show(state) {
    root.dataset.state = state;
    var cards = root.querySelectorAll('.queue-state');
    for (var i = 0; i < cards.length; i++) {
      cards[i].hidden = cards[i].dataset.when !== state;
    }
  }

  function position(p) {
    if (p.position === null || p.position === undefined) {
      return;
    }
    if (!start || p.position > start) {
      start = p.position;
    }
    byId('queue-position').textContent = p.position;
    byId('queue-ahead').textContent = p.aheadOfYou;
    byId('queue-wait').textContent = p.estimatedWaitSeconds + ' s';
    var done = start > 1 ? Math.round(100 * (start - p.position) / (start - 1)) : 100;
    var bar = byId('queue-progress');
    bar.value = done;
    bar.textContent = done + '%';
  }

  function countdown(untilIso) {
    var until = Date.parse(untilIso);
    var out = byId('turn-countdown');
    if (timer) { clearInterval(timer); }
    function tick() {
      var left = Math.max(0, Math.round((until - Date.now()) / 1000));
      out.textContent = window.TicketGridCountdown ? window.TicketGridCountdown.clock(left)
          : Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left === 0) { clearInterval(timer); refresh(); }
    }
    tick();
    timer = setInterval(tick, 1000);
  }

  function apply(s) {
    if (s.state === 'ADMITTED') {
      show('ADMITTED');
      if (s.admittedUntil) { countdown(s.admittedUntil); }
      return;
    }
    show(s.state);
    position(s);
  }

  function refresh() {
    return fetch(base + '/status', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) { if (s) { apply(s); } })
        .catch(function () { /* try again at the next poll */ });
  }

  function poll() {
    if (!polling) {
      polling = setInterval(refresh, 5000);
    }
  }

  if (root.dataset.state === 'ADMITTED' && root.dataset.until) {
    countdown(root.dataset.until);
  }
  if (!window.EventSource) {
    poll();
    return;
  }
  var stream = new EventSource(base + '/stream');
  stream.addEventListener('position', function (e) { var p = JSON.parse(e.data); show(p.state); position(p); });
  // The token is kept by the server in this browser's session: ask for the status, which stores it.
  stream.addEventListener('admitted', function () { refresh(); });
  stream.addEventListener('expired', function () { show('EXPIRED'); stream.close(); });
  stream.addEventListener('sold-out', function () { show('SOLD_OUT'); });
  stream.addEventListener('reopened', function () { byId('queue-reopened').hidden = false; refresh(); });
  stream.onerror = function () {
    if (stream.readyState === EventSource.CLOSED) { poll(); }
  };
  stream.onopen = function () {
    if (polling) { clearInterval(polling); polling = null; }
  };
})();
