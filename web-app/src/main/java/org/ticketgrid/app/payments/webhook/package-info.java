/** {@code POST /api/v1/payments/stripe/webhook}: verify, deduplicate, hand to Kafka, then answer. */
package org.ticketgrid.app.payments.webhook;
