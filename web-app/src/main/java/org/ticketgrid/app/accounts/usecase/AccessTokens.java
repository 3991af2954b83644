package org.ticketgrid.app.accounts.usecase;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.SecretTokens;

/**
 * API access tokens: opaque random strings whose SHA-256 is the key of an entry in the grid, with
 * the account id as value and the token lifetime as TTL. Every web-app instance sees every token,
 * sign-out deletes the entry, and a password change or a role change deletes all of a user's
 * entries. Only Strings are stored, so the grid members need none of our classes.
 */
@Component
public class AccessTokens {

    /** The grid map of access tokens (hash of token to user id). */
    public static final String MAP = "ticketgrid-access-tokens";

    /** A token as issued: the secret itself is in the response and nowhere else. */
    public record Issued(String token, long expiresInSeconds) {
    }

    private final IMap<String, String> tokens;
    private final AccountsProperties properties;

    AccessTokens(HazelcastInstance hazelcast, AccountsProperties properties) {
        this.tokens = hazelcast.getMap(MAP);
        this.properties = properties;
    }

    public Issued issue(UUID userId) {
        String token = SecretTokens.newToken();
        long ttl = properties.accessTokenLifetime().toSeconds();
        tokens.set(SecretTokens.hash(token), userId.toString(), ttl, TimeUnit.SECONDS);
        return new Issued(token, ttl);
    }

    /** The account a token stands for, if the token is well formed, known and unexpired. */
    public Optional<UUID> resolve(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String userId = tokens.get(SecretTokens.hash(token));
        return userId == null ? Optional.empty() : Optional.of(UUID.fromString(userId));
    }

    public void revoke(String token) {
        if (SecretTokens.isWellFormed(token)) {
            tokens.delete(SecretTokens.hash(token));
        }
    }

    /** Revokes every token of a user (the predicate runs on the members over plain Strings). */
    public void revokeAll(UUID userId) {
        tokens.removeAll(Predicates.equal("this", userId.toString()));
    }
}
