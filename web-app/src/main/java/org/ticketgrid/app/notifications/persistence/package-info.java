/** Notifications: persistence. */
package org.ticketgrid.app.notifications.persistence;
