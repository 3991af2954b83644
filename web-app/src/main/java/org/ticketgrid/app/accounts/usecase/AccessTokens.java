package org.ticketgrid.app.accounts.usecase;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.SecretTokens;

/**
 * API access tokens: opaque random strings whose SHA-256 is the key of an entry in the grid, with
 * the account as value ({@code userId|ROLE|email}) and the token lifetime as TTL. Every web-app
 * instance sees every token, sign-out deletes the entry, and a password change or a role change
 * deletes all of a user's entries. The account's role and address ride in the entry, so a call is
 * authenticated by one grid read and no database query: the role cannot go stale because changing
 * it revokes every token, and an address never changes. Entries written before the role was kept
 * (the value is just the user id) still resolve, without a role; the caller then reads the account.
 * Only Strings are stored, so the grid members need none of our classes.
 */
@Component
public class AccessTokens {

    /** The grid map of access tokens (hash of token to account). */
    public static final String MAP = "ticketgrid-access-tokens";
    private static final char SEPARATOR = '|';

    /** A token as issued: the secret itself is in the response and nowhere else. */
    public record Issued(String token, long expiresInSeconds) {
    }

    /** Whom a token stands for; {@code role} and {@code email} are null for an entry of the old form. */
    public record Owner(UUID userId, Role role, String email) {

        public boolean complete() {
            return role != null && email != null;
        }

        static Owner parse(String value) {
            int first = value.indexOf(SEPARATOR);
            if (first < 0) {
                return new Owner(UUID.fromString(value), null, null);
            }
            int second = value.indexOf(SEPARATOR, first + 1);
            return new Owner(UUID.fromString(value.substring(0, first)),
                    Role.valueOf(value.substring(first + 1, second)), value.substring(second + 1));
        }

        String format() {
            return userId + String.valueOf(SEPARATOR) + role.name() + SEPARATOR + email;
        }
    }

    private final IMap<String, String> tokens;
    private final AccountsProperties properties;

    AccessTokens(HazelcastInstance hazelcast, AccountsProperties properties) {
        this.tokens = hazelcast.getMap(MAP);
        this.properties = properties;
    }

    public Issued issue(UUID userId, Role role, String email) {
        String token = SecretTokens.newToken();
        long ttl = properties.accessTokenLifetime().toSeconds();
        tokens.set(SecretTokens.hash(token), new Owner(userId, role, email).format(), ttl, TimeUnit.SECONDS);
        return new Issued(token, ttl);
    }

    /** The account a token stands for, if the token is well formed, known and unexpired. */
    public Optional<Owner> resolve(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String value = tokens.get(SecretTokens.hash(token));
        try {
            return value == null ? Optional.empty() : Optional.of(Owner.parse(value));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty(); // not an entry this code wrote: no access
        }
    }

    public void revoke(String token) {
        if (SecretTokens.isWellFormed(token)) {
            tokens.delete(SecretTokens.hash(token));
        }
    }

    /**
     * Revokes every token of a user, in either form (the predicates run on the members over plain
     * Strings; a UUID has no {@code %} or {@code _}, so the prefix match is exact).
     */
    public void revokeAll(UUID userId) {
        tokens.removeAll(Predicates.or(Predicates.equal("this", userId.toString()),
                Predicates.like("this", userId.toString() + SEPARATOR + "%")));
    }
}
