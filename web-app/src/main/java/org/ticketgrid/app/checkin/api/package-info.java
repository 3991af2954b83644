/** {@code POST /api/v1/events/{id}/checkins}: scanners at the gate. */
package org.ticketgrid.app.checkin.api;
