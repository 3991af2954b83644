/**
 * Notifications (ADR 0035): the outbox the use cases write what happened to, the in-app
 * notification centre (API, bell, page, live stream), "notify me" alerts, email preferences and the
 * admin's dead-letter view. Mails are rendered and sent by the Jet notifications pipeline
 * ({@code jet-pipelines}, {@code org.ticketgrid.pipelines.notifications}), never by the web app.
 */
package org.ticketgrid.app.notifications;
