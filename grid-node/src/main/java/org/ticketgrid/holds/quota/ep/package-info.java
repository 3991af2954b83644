/** Entry processors of the hold quota: reserve, release, extend or confirm; delta in, outcome out. */
package org.ticketgrid.holds.quota.ep;
