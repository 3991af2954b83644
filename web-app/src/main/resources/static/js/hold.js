/*
 * TicketGrid hold countdown: counts down to the end of the buyer's hold every second, tells
 * screen-reader users at sensible moments (each minute, then 30 and 10 seconds, and at the end)
 * rather than every second, and when the hold runs out asks the server for the buying panel and
 * the live map again. The deadline is taken from "milliseconds left" as the server rendered it,
 * so a wrong clock on the buyer's machine does not shorten or lengthen the hold.
 */
(function () {
  'use strict';

  var C = window.TicketGridCountdown;
  var clock = C.clock;
  var words = C.words;
  var markFor = C.markFor;

  function countdown() {
    return document.querySelector('.hold-panel .countdown[data-expires-in]');
  }

  function say(box, text) {
    var live = box.parentNode.querySelector('.countdown-announce');
    if (live) {
      live.textContent = text;
    }
  }


  function tick() {
    var box = countdown();
    if (!box || box.getAttribute('data-expired')) {
      return;
    }
    if (!box.getAttribute('data-deadline')) {
      var left0 = Number(box.getAttribute('data-expires-in'));
      box.setAttribute('data-deadline', String(Date.now() + left0));
      box.setAttribute('data-mark', String(markFor(Math.ceil(left0 / 1000))));
      say(box, 'Your seats are held for ' + words(Math.ceil(left0 / 1000)) + '.');
    }
    var left = Number(box.getAttribute('data-deadline')) - Date.now();
    var seconds = Math.max(0, Math.ceil(left / 1000));
    box.querySelector('.countdown-value').textContent = clock(seconds);
    box.classList.toggle('urgent', seconds <= 60);
    if (seconds <= 0) {
      expire(box);
      return;
    }
    var mark = String(markFor(seconds));
    if (mark !== 'null' && mark !== box.getAttribute('data-mark')) {
      box.setAttribute('data-mark', mark);
      say(box, words(Number(mark)) + ' left on your hold.');
    }
  }

  function expire(box) {
    box.setAttribute('data-expired', '1');
    box.classList.add('expired');
    box.querySelector('.countdown-caption').textContent = 'Your hold has expired';
    say(box, 'Your hold has expired. The seats are back on sale.');
    window.setTimeout(function () {
      if (window.htmx) {
        window.htmx.ajax('GET', window.location.pathname, { target: '#hold-panel', swap: 'outerHTML' });
        window.htmx.trigger(document.body, 'refresh-live');
      } else {
        window.location.reload();
      }
    }, 1500);
  }

  document.addEventListener('DOMContentLoaded', tick);
  document.body.addEventListener('htmx:afterSettle', tick);
  window.setInterval(tick, 1000);
  tick();
}());
