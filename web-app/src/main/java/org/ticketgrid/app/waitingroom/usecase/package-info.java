/** The waiting room's use cases: join, look, leave, admit, check an admission, draw. */
package org.ticketgrid.app.waitingroom.usecase;
