/** REST: checkout of a hold, and reading an order. */
package org.ticketgrid.app.orders.api;
