/**
 * The payment-event stream on Kafka: verified webhook events go onto one topic for normal events
 * and one for high-demand events, each read by its own consumer group (process role
 * {@code booking-consumer}) with manual offset commits: an event is committed only after it was
 * handled completely, so a crash means redelivery, never a lost payment.
 */
package org.ticketgrid.app.payments.stream;
