/** Entry processors on hold records. */
package org.ticketgrid.holds.ep;
