/**
 * Names shared by the web app (which records what happened) and the Jet notifications pipeline
 * (which turns it into mail, in-app notifications and live messages). No behaviour here.
 */
package org.ticketgrid.notifications;
