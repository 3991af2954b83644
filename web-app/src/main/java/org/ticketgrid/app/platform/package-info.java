/** Cross-cutting plumbing: configuration, clients of the backing services, health, API errors. */
package org.ticketgrid.app.platform;
