/** The gate page for a phone or a laptop with a hand scanner (which types the code and Enter). */
package org.ticketgrid.app.checkin.web;
