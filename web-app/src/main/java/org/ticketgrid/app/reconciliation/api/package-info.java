/** {@code /api/v1/admin/reconciliation}: findings (JSON or CSV) and a run on demand. */
package org.ticketgrid.app.reconciliation.api;
