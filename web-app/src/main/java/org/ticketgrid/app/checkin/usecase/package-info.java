/** The check-in decision ({@link org.ticketgrid.app.checkin.usecase.CheckIn}). */
package org.ticketgrid.app.checkin.usecase;
