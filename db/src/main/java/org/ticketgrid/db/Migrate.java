package org.ticketgrid.db;

import org.flywaydb.core.Flyway;

/**
 * Applies the schema migrations from the command line. The launcher runs it before Kafka Connect
 * starts, because the CDC connector reads a publication that the migrations create; the web app
 * also migrates on start, which is then a no-op.
 */
public final class Migrate {

    private Migrate() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: Migrate <jdbcUrl> <user> <password>");
            System.exit(2);
        }
        var result = Flyway.configure()
                .dataSource(args[0], args[1], args[2])
                .locations("classpath:db/migration")
                // Parallel branches on one development database may apply migrations out of order.
                .outOfOrder(Boolean.parseBoolean(System.getenv("TICKETGRID_FLYWAY_OUT_OF_ORDER")))
                .ignoreMigrationPatterns(System.getenv().getOrDefault("TICKETGRID_FLYWAY_IGNORE", "*:future")
                        .split(","))
                .load()
                .migrate();
        System.out.printf("schema at version %s (%d migrations applied)%n",
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
