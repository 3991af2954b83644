/**
 * The customer's event page route ({@code /events/{id}}): the full page, or the live or hold-panel
 * fragment for HTMX. It only composes: the page model and seat map come from
 * {@code catalog.eventpage}, the buying panel from {@code holds.web}; the hold form is
 * {@code holds.web.HoldPageController}, the checkout step {@code checkout.CheckoutStepController}.
 */
package org.ticketgrid.app.eventpage;
