/**
 * E-tickets as a buyer carries them: a QR code of the ticket's unguessable code (inline SVG on the
 * pages, PNG in emails) and a printable PDF, one page per ticket. Plain rendering, no Spring and no
 * database: the orders feature decides what a ticket is and who may see it.
 */
package org.ticketgrid.documents;
