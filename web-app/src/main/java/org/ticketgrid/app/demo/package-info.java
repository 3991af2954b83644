/** Demo catalog for ./ticketing up. */
package org.ticketgrid.app.demo;
