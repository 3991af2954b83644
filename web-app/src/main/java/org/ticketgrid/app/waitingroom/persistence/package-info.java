/** Per-event waiting-room settings in PostgreSQL ({@code waiting_rooms}, V45). */
package org.ticketgrid.app.waitingroom.persistence;
