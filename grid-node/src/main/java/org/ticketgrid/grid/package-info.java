/** The Hazelcast member: configuration, map names, serialization and start-up. */
package org.ticketgrid.grid;
