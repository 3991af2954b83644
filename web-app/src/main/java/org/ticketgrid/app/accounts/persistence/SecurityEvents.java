package org.ticketgrid.app.accounts.persistence;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of security events (sign-in success and failure, throttling, resets, role
 * changes), in PostgreSQL and in the log under {@code ticketgrid.security}. Never a password, a
 * token or a full email address: the account is named by its id.
 */
@Repository
public class SecurityEvents {

    private static final Logger AUDIT = LoggerFactory.getLogger("ticketgrid.security");

    private final JdbcClient jdbc;

    SecurityEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID userId, String kind, String ip, String detail) {
        AUDIT.info("security event {} user={} ip={} {}", kind, userId, ip, detail == null ? "" : detail);
        jdbc.sql("INSERT INTO security_events (user_id, kind, ip, detail) VALUES (?, ?, ?, ?)")
                .params(userId, kind, ip, detail).update();
    }
}
