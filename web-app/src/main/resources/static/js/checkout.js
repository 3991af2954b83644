/*
 * TicketGrid checkout countdown: the checkout, payment and failure pages count down to the end of
 * the buyer's (extended) hold, tell screen-reader users at sensible moments rather than every
 * second, and when the hold runs out reload the page, so the server shows what happens next.
 * The deadline comes from "milliseconds left" as the server rendered it, so a wrong clock on the
 * buyer's machine does not change it.
 */
(function () {
  'use strict';

  var C = window.TicketGridCountdown;
  var clock = C.clock;
  var words = C.words;
  var markFor = C.markFor;

  function say(text) {
    var live = document.querySelector('.countdown-announce');
    if (live) {
      live.textContent = text;
    }
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
