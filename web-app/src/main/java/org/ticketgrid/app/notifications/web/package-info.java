/** Notifications: web. */
package org.ticketgrid.app.notifications.web;
