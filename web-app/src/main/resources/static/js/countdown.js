/*
 * TicketGrid countdown helpers shared by the event page's hold panel (hold.js) and the checkout
 * pages (checkout.js): how a remaining time is drawn ("4:05"), said ("4 minutes"), and at which
 * marks a screen reader is told (each minute, then 30 and 10 seconds) rather than every second.
 */
window.TicketGridCountdown = (function () {
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

  /** The smallest mark at or above {@code seconds} (null above the largest). */
  function markFor(seconds) {
    for (var i = MARKS.length - 1; i >= 0; i--) {
      if (seconds <= MARKS[i]) {
        return MARKS[i];
      }
    }
    return null;
  }

  return { clock: clock, words: words, markFor: markFor };
}());
