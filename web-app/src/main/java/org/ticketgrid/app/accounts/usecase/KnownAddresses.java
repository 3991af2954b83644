package org.ticketgrid.app.accounts.usecase;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Addresses an account signed in from successfully in the last 90 days, read from the security
 * events it already leaves. They are the owner's, most likely: when guesses from elsewhere have
 * used up the account's sign-in attempts, these addresses keep attempts of their own (soft lockout,
 * ASVS 2.2.1), so an attack on an account does not lock its owner out.
 */
@Component
class KnownAddresses {

    private final JdbcClient jdbc;

    KnownAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(UUID userId, String ip) {
        return ip != null && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM security_events
                                WHERE user_id = ? AND kind = 'login-success' AND ip = ?
                                  AND created_at > now() - interval '90 days')""")
                .params(userId, ip).query(Boolean.class).single();
    }
}
