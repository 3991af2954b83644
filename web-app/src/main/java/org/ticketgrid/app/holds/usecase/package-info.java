/** The hold use cases: place (seats or standing places), read, release, and the per-buyer limits. */
package org.ticketgrid.app.holds.usecase;
