package org.ticketgrid.app.accounts.usecase;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.Emails;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.SecretTokens;
import org.ticketgrid.app.accounts.Throttle;
import org.ticketgrid.app.accounts.mail.AccountMails;
import org.ticketgrid.app.accounts.persistence.ResetTokens;
import org.ticketgrid.app.accounts.persistence.SecurityEvents;
import org.ticketgrid.app.accounts.persistence.Users;

/**
 * Password reset by an emailed one-time link. Asking always gets the same answer; the link carries
 * a 256-bit token of which only the hash is stored, expires (ticketgrid.accounts.reset-token-lifetime)
 * and works once. Using it signs the account out everywhere.
 */
@Service
public class PasswordReset {

    /** The answer to a reset request. */
    public sealed interface Requested permits Accepted, Throttled {
    }

    public record Accepted() implements Requested {
    }

    public record Throttled(long retryAfterSeconds) implements Requested {
    }

    /** The answer to a confirmation. */
    public sealed interface Confirmed permits Done, BadToken, WeakPassword {
    }

    public record Done(UUID userId) implements Confirmed {
    }

    public record BadToken() implements Confirmed {
    }

    public record WeakPassword(PasswordPolicy.Verdict verdict) implements Confirmed {
    }

    private final Users users;
    private final ResetTokens tokens;
    private final Credentials credentials;
    private final PasswordPolicy policy;
    private final AuthThrottles throttles;
    private final AccountMails mails;
    private final SecurityEvents events;
    private final SessionRevocation revocation;
    private final AccountsProperties properties;

    PasswordReset(Users users, ResetTokens tokens, Credentials credentials, PasswordPolicy policy,
            AuthThrottles throttles, AccountMails mails, SecurityEvents events, SessionRevocation revocation,
            AccountsProperties properties) {
        this.users = users;
        this.tokens = tokens;
        this.credentials = credentials;
        this.policy = policy;
        this.throttles = throttles;
        this.mails = mails;
        this.events = events;
        this.revocation = revocation;
        this.properties = properties;
    }

    public Requested request(String email, String ip) {
        if (throttles.attempt(throttles.reset(email == null ? "" : email, ip)) instanceof Throttle.Throttled t) {
            events.record(null, "reset-throttled", ip, null);
            return new Throttled(t.retryAfterSeconds());
        }
        String token = SecretTokens.newToken();
        Optional<Users.UserRow> user = Emails.isValid(email) ? users.byEmail(Emails.normalize(email))
                : Optional.empty();
        if (user.isPresent()) {
            tokens.insert(SecretTokens.hash(token), user.get().id(),
                    Instant.now().plus(properties.resetTokenLifetime()));
            events.record(user.get().id(), "reset-requested", ip, null);
            mails.passwordReset(user.get().email(), user.get().displayName(), token);
        }
        return new Accepted();
    }

    /** Whether a link is still good, to show the form or a "this link has expired" page. */
    public boolean isUsable(String token) {
        return SecretTokens.isWellFormed(token) && tokens.userOfUsable(SecretTokens.hash(token)).isPresent();
    }

    @Transactional
    public Confirmed confirm(String token, String newPassword, String ip) {
        if (!SecretTokens.isWellFormed(token)) {
            return new BadToken();
        }
        String hash = SecretTokens.hash(token);
        Optional<Users.UserRow> user = tokens.userOfUsable(hash).flatMap(users::byId);
        if (user.isEmpty()) {
            return new BadToken();
        }
        PasswordPolicy.Verdict verdict = policy.check(newPassword, user.get().email());
        if (!verdict.accepted()) {
            return new WeakPassword(verdict);
        }
        if (tokens.consume(hash).isEmpty()) {
            return new BadToken();
        }
        UUID id = user.get().id();
        users.updatePassword(id, credentials.hash(newPassword));
        tokens.voidAll(id);
        revocation.revokeAll(id, null);
        events.record(id, "reset-completed", ip, null);
        mails.passwordChanged(user.get().email(), user.get().displayName());
        return new Done(id);
    }
}
