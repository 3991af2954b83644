/** The PostgreSQL schema: Flyway migrations under {@code db/migration} and a command-line migrator. */
package org.ticketgrid.db;
