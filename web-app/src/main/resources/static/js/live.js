/*
 * TicketGrid live seat map: follows the event's stream of seat changes (server-sent events,
 * GET /api/v1/events/{id}/stream) and hands each change to the seat map as a DOM event
 * ('tg:seat', 'tg:section'); ticket counts are updated here. While the stream is open the page's
 * 5-second poll is skipped (one poll in 30 s still runs as a safety net); when the stream drops,
 * polling takes over at once and EventSource reconnects by itself. No inline script: the page
 * runs under a Content-Security-Policy without 'unsafe-inline'.
 */
(function () {
  'use strict';

  var page = document.querySelector('[data-stream]');
  if (!page || !window.EventSource) {
    return; // polling alone keeps the page current
  }
  var RESYNC_MS = 30000;
  var connected = false;
  var lastPoll = Date.now();
  var source = new EventSource(page.getAttribute('data-stream'));

  function liveSection() {
    return document.getElementById('live');
  }

  function dispatch(name, data) {
    document.dispatchEvent(new CustomEvent(name, { detail: data }));
  }

  function refreshLive() {
    if (window.htmx) {
      window.htmx.trigger(document.body, 'refresh-live');
    }
  }

  source.addEventListener('open', function () {
    connected = true;
    page.setAttribute('data-live', 'connected');
    // Changes between the page being drawn and the stream opening: one poll closes the gap.
    refreshLive();
  });

  source.addEventListener('error', function () {
    connected = false;
    page.setAttribute('data-live', 'polling');
  });

  source.addEventListener('seat', function (e) {
    dispatch('tg:seat', JSON.parse(e.data));
  });

  source.addEventListener('section', function (e) {
    dispatch('tg:section', JSON.parse(e.data));
  });

  function setText(item, selector, n, words) {
    var span = item.querySelector(selector);
    if (span && typeof n === 'number') {
      span.textContent = n.toLocaleString('en-US') + words;
    }
  }

  source.addEventListener('availability', function (e) {
    var data = JSON.parse(e.data);
    var item = document.querySelector('.ticket-types li[data-ticket-type="' + data.ticketTypeId + '"]');
    if (!item) {
      return;
    }
    setText(item, '.tt-available', data.available, ' available');
    setText(item, '.tt-held', data.held, ' on hold');
    setText(item, '.tt-sold', data.sold, ' sold');
    var meter = item.querySelector('meter');
    if (meter) {
      meter.value = data.available;
    }
    item.classList.toggle('sold-out', data.available === 0);
  });

  // The live part polls itself every 5 s; while the stream is open that is skipped, except for
  // explicit refreshes (after a hold, at a hold's end) and one poll in RESYNC_MS.
  document.body.addEventListener('htmx:beforeRequest', function (e) {
    var elt = e.detail && e.detail.elt;
    if (!elt || elt !== liveSection()) {
      return;
    }
    var trigger = e.detail.requestConfig && e.detail.requestConfig.triggeringEvent;
    var explicit = trigger && trigger.type === 'refresh-live';
    if (connected && !explicit && Date.now() - lastPoll < RESYNC_MS) {
      e.preventDefault();
      return;
    }
    lastPoll = Date.now();
  });

  window.addEventListener('pagehide', function () {
    source.close();
  });
}());
