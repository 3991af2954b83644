/*
 * TicketGrid production payment page: mounts Stripe's Payment Element (card data is typed into
 * Stripe's iframe and never reaches TicketGrid: PCI DSS SAQ A) and confirms the PaymentIntent in
 * the browser. Stripe.js is loaded from js.stripe.com on this page only, and only when TicketGrid
 * runs with real Stripe keys; offline the page shows the sandbox's test-card form instead.
 * After a successful confirmation (or a 3-D Secure redirect) the buyer lands on the processing page.
 */
(function () {
  'use strict';

  function start() {
    var form = document.getElementById('payment-form');
    if (!form || typeof window.Stripe !== 'function') {
      return;
    }
    var stripe = window.Stripe(form.getAttribute('data-publishable-key'));
    var elements = stripe.elements({ clientSecret: form.getAttribute('data-client-secret') });
    elements.create('payment').mount('#payment-element');
    var message = document.getElementById('payment-message');
    var button = form.querySelector('button[type=submit]');
    var returnUrl = new URL(form.getAttribute('data-return-url'), window.location.href).href;

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      message.hidden = true;
      stripe.confirmPayment({ elements: elements, confirmParams: { return_url: returnUrl }, redirect: 'if_required' })
        .then(function (result) {
          if (result.error) {
            message.textContent = result.error.message + ' You have not been charged: try another card.';
            message.hidden = false;
            button.disabled = false;
          } else {
            window.location.assign(returnUrl);
          }
        });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
