/**
 * Payments through Stripe (or the Stripe-compatible sandbox offline): the provider adapter
 * ({@code stripe}), the signed webhook endpoint that hands verified events to Kafka
 * ({@code webhook}), and the booking consumers that read them back ({@code stream}).
 */
package org.ticketgrid.app.payments;
