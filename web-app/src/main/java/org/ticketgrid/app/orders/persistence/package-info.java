/** The {@code orders} and {@code tickets} tables, with narrow JDBC statements. */
package org.ticketgrid.app.orders.persistence;
