/** The run (lock, scope, record), the payment checks and the seat checks, and the schedule. */
package org.ticketgrid.app.reconciliation.usecase;
