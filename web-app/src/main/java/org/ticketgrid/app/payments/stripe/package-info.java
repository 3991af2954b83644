/** The payment provider, spoken to with stripe-java over HTTP exactly as to Stripe. */
package org.ticketgrid.app.payments.stripe;
