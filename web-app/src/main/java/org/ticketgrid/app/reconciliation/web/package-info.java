/** {@code /admin/reconciliation}: the admin page, its CSV download and "run now". */
package org.ticketgrid.app.reconciliation.web;
