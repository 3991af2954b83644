/** The refund use cases: request, execute (API, sweeper, webhook, reconciliation), sweep. */
package org.ticketgrid.app.refunds.usecase;
