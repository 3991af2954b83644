/** Notifications: api. */
package org.ticketgrid.app.notifications.api;
