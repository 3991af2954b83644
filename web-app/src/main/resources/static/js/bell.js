/*
 * The header's notification bell: follows the signed-in account's live notification stream
 * (server-sent events, GET /notifications/stream) and shows the unread count, which rises as
 * notifications arrive on whichever web app instance this page is connected to. No inline script
 * (the pages run under a CSP without 'unsafe-inline'); without JavaScript the bell is a plain link.
 */
(function () {
  'use strict';

  var bell = document.getElementById('nav-bell');
  if (!bell || !window.EventSource) {
    return;
  }
  var count = document.getElementById('bell-count');
  var source = new EventSource(bell.getAttribute('data-notifications'));

  function show(unread) {
    count.textContent = String(unread);
    count.hidden = unread <= 0;
    bell.setAttribute('data-unread', String(unread));
    bell.setAttribute('aria-label', unread > 0 ? 'Notifications, ' + unread + ' unread' : 'Notifications');
  }

  function unreadOf(event) {
    try {
      return JSON.parse(event.data).unread;
    } catch (e) {
      return null;
    }
  }

  source.addEventListener('unread', function (event) {
    var unread = unreadOf(event);
    if (unread !== null) {
      show(unread);
    }
  });
  source.addEventListener('notification', function (event) {
    var unread = unreadOf(event);
    if (unread !== null) {
      show(unread);
    }
    document.dispatchEvent(new CustomEvent('tg:notification', { detail: JSON.parse(event.data) }));
  });
})();
