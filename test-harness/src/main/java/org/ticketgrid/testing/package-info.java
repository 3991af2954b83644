/** The integration-test harness shared by every module: the real stack, started by the launcher. */
package org.ticketgrid.testing;
