/** The waiting room's pages: the queue page, its live stream and polling fallback, and the page gate. */
package org.ticketgrid.app.waitingroom.web;
