/** The waiting room's JSON API (API.md "Waiting room"). */
package org.ticketgrid.app.waitingroom.api;
