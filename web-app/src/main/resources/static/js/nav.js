/*
 * TicketGrid header menu: on narrow screens the main navigation folds behind a "Menu" button
 * (aria-expanded tells screen readers whether it is open). Without this script the navigation
 * simply stays visible, so the site works without JavaScript.
 */
(function () {
  'use strict';

  function init() {
    var header = document.querySelector('.site-header');
    var button = header && header.querySelector('.menu-toggle');
    var nav = document.getElementById('main-nav');
    if (!button || !nav) {
      return;
    }
    header.classList.add('has-menu');
    button.hidden = false;
    function set(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('open', open);
    }
    button.addEventListener('click', function () {
      set(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
