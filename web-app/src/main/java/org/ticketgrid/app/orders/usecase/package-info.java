/** One use case per operation: checkout, booking (the Kafka consumer's work), expiry, reads. */
package org.ticketgrid.app.orders.usecase;
