/*
 * TicketGrid checkout countdown: the checkout, payment and failure pages count down to the end of
 * the buyer's (extended) hold, tell screen-reader users at sensible moments rather than every
 * second, and when the hold runs out reload the page, so the server shows what happens next.
 * The deadline comes from "milliseconds left" as the server rendered it, so a wrong clock on the
 * buyer's machine does not change it.
 */
(function () {
  'use strict';

  var MARKS = [300, 240, 180, 120, 60, 30, 10];

  function clock(seconds) {
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  function words(seconds) {
    if (seconds >= 60 && seconds % 60 === 0) {
      var m = seconds / 60;
      return m === 1 ? '1 minute' : m + ' minutes';
    }
    return seconds === 1 ? '1 second' : seconds + ' seconds';
  }

  function say(text) {
    var live = document.querySelector('.countdown-announce');
    if (live) {
      live.textContent = text;
    }
  }

  function markFor(seconds) {
    for (var i = MARKS.length - 1; i >= 0; i--) {
      if (seconds <= MARKS[i]) {
        return MARKS[i];
      }
    }
    return null;
  }

  function tick() {
    var box = document.querySelector('.checkout-countdown[data-expires-in]');
    if (!box || box.getAttribute('data-expired')) {
      return;
    }
    if (!box.getAttribute('data-deadline')) {
      var left0 = Number(box.getAttribute('data-expires-in'));
      box.setAttribute('data-deadline', String(Date.now() + left0));
      box.setAttribute('data-mark', String(markFor(Math.ceil(left0 / 1000))));
    }
    var seconds = Math.max(0, Math.ceil((Number(box.getAttribute('data-deadline')) - Date.now()) / 1000));
    box.querySelector('.countdown-value').textContent = clock(seconds);
    box.classList.toggle('urgent', seconds <= 60);
    if (seconds <= 0) {
      box.setAttribute('data-expired', '1');
      box.classList.add('expired');
      box.querySelector('.countdown-caption').textContent = 'Your hold has expired';
      say('Your hold has expired.');
      window.setTimeout(function () { window.location.reload(); }, 2000);
      return;
    }
    var mark = String(markFor(seconds));
    if (mark !== 'null' && mark !== box.getAttribute('data-mark')) {
      box.setAttribute('data-mark', mark);
      say(words(Number(mark)) + ' left on your hold.');
    }
  }

  document.addEventListener('DOMContentLoaded', tick);
  window.setInterval(tick, 1000);
  tick();
}());
