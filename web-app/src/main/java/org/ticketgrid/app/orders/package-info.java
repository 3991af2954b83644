/**
 * Orders: checkout turns a hold into an order awaiting payment; the booking consumer turns an
 * authorized payment into a confirmed order with tickets, or cancels the authorization when the
 * seats are gone. The rules ({@link org.ticketgrid.app.orders.BookingRules}) are plain Java; the
 * use cases, persistence, API and mail are adapters around them.
 */
package org.ticketgrid.app.orders;
