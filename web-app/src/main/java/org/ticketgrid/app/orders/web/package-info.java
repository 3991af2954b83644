/** Admin pages of the orders feature: the order search support uses to find a buyer's order. */
package org.ticketgrid.app.orders.web;
