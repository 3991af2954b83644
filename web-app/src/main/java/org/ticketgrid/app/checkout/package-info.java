/**
 * The checkout step on the event page ({@link org.ticketgrid.app.checkout.CheckoutStepController}:
 * hold to order) and the buyer's pages after it: payment (a sandbox card form offline,
 * Stripe.js Payment Element in production), processing (follows the order until the booking
 * consumer has confirmed it), confirmation with the e-tickets (QR codes, PDF, PNG), failure with
 * the next step, and the ticket downloads for pages and API. Thin adapters over the orders
 * feature's use cases; the decisions (which page an order belongs on, what a decline means to a
 * buyer, the page's CSP) are plain Java in this package and unit tested.
 */
package org.ticketgrid.app.checkout;
