package org.ticketgrid.app.accounts.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time password-reset tokens, by their SHA-256 only. */
@Repository
public class ResetTokens {

    private final JdbcClient jdbc;

    ResetTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, UUID userId, Instant expiresAt) {
        jdbc.sql("INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
                .params(tokenHash, userId, Timestamp.from(expiresAt)).update();
    }

    /**
     * Uses a token: one statement marks it used if it is unused and unexpired, so two concurrent
     * confirmations cannot both succeed. Returns the user it belongs to, or empty.
     */
    public Optional<UUID> consume(String tokenHash) {
        return jdbc.sql("""
                UPDATE password_reset_tokens SET used_at = now()
                 WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()
                RETURNING user_id""").param(tokenHash).query(UUID.class).optional();
    }

    /** The user of a token that is still usable, without using it (to show the form). */
    public Optional<UUID> userOfUsable(String tokenHash) {
        return jdbc.sql("""
                SELECT user_id FROM password_reset_tokens
                 WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()""")
                .param(tokenHash).query(UUID.class).optional();
    }

    /** Voids every outstanding token of a user (after any password change). */
    public void voidAll(UUID userId) {
        jdbc.sql("UPDATE password_reset_tokens SET used_at = now() WHERE user_id = ? AND used_at IS NULL")
                .param(userId).update();
    }
}
