/** What reconciliation found, and its runs. */
package org.ticketgrid.app.reconciliation.persistence;
