/**
 * The hold form on the event page and the buying panel it draws (held seats, countdown, refusals),
 * who the buyer is (account or browser) and the holds this browser placed. Public where the event
 * page and the checkout step compose the panel.
 */
package org.ticketgrid.app.holds.web;
