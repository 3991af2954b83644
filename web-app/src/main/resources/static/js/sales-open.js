/*
 * "Sales open in 2 days 3 h" on an event whose sales have not opened: counts down to the moment
 * (given by the server as an ISO instant) and reloads the page when it comes, so the buyer sees
 * the seat map become buyable without guessing when to refresh.
 */
(function () {
  'use strict';

  function text(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var d = Math.floor(s / 86400);
    var h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    if (d > 0) {
      return d + (d === 1 ? ' day ' : ' days ') + h + ' h';
    }
    if (h > 0) {
      return h + ' h ' + m + ' min';
    }
    return m + ' min ' + (sec < 10 ? '0' : '') + sec + ' s';
  }

  function tick() {
    var box = document.querySelector('.sales-countdown[data-opens-at]');
    if (!box) {
      return;
    }
    var left = Date.parse(box.getAttribute('data-opens-at')) - Date.now();
    if (left <= 0) {
      box.textContent = 'Sales are opening now.';
      if (!box.getAttribute('data-reloading')) {
        box.setAttribute('data-reloading', '1');
        window.setTimeout(function () { window.location.reload(); }, 1500);
      }
      return;
    }
    box.textContent = 'Sales open in ' + text(left) + '.';
  }

  tick();
  window.setInterval(tick, 1000);
}());
