/** Notifications: usecase. */
package org.ticketgrid.app.notifications.usecase;
