/**
 * Cross-cutting plumbing every feature may use and which uses no feature: configuration, clients of
 * the backing services, health, API errors, and the shared display formats ({@link Formats}).
 */
package org.ticketgrid.app.platform;
