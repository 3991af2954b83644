package org.ticketgrid.app.accounts.usecase;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.Throttle;
import org.ticketgrid.app.accounts.mail.AccountMails;
import org.ticketgrid.app.accounts.persistence.ResetTokens;
import org.ticketgrid.app.accounts.persistence.SecurityEvents;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.accounts.persistence.Users.UserRow;
import org.ticketgrid.app.platform.ApiProblems;

/** A user's own profile: view, rename, change password. */
@Service
public class Profiles {

    /** The answer to a password change. */
    public sealed interface PasswordChange permits Changed, WrongCurrent, Weak, Throttled {
    }

    public record Changed() implements PasswordChange {
    }

    public record WrongCurrent() implements PasswordChange {
    }

    public record Weak(PasswordPolicy.Verdict verdict) implements PasswordChange {
    }

    public record Throttled(long retryAfterSeconds) implements PasswordChange {
    }

    private final Users users;
    private final Credentials credentials;
    private final PasswordPolicy policy;
    private final AuthThrottles throttles;
    private final ResetTokens resetTokens;
    private final SessionRevocation revocation;
    private final AccountMails mails;
    private final SecurityEvents events;

    Profiles(Users users, Credentials credentials, PasswordPolicy policy, AuthThrottles throttles,
            ResetTokens resetTokens, SessionRevocation revocation, AccountMails mails, SecurityEvents events) {
        this.users = users;
        this.credentials = credentials;
        this.policy = policy;
        this.throttles = throttles;
        this.resetTokens = resetTokens;
        this.revocation = revocation;
        this.mails = mails;
        this.events = events;
    }

    public UserRow view(UUID userId) {
        return users.byId(userId).orElseThrow(() -> new ApiProblems.NotFound("user"));
    }

    /** Renames; the name is checked like at sign-up. */
    public UserRow rename(UUID userId, String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > Register.MAX_NAME) {
            throw new ApiProblems.InvalidRequest("invalid-display-name",
                    "A name needs 1 to " + Register.MAX_NAME + " characters.");
        }
        users.updateDisplayName(userId, displayName.strip());
        return view(userId);
    }

    /**
     * Changes the password after checking the current one (throttled like a sign-in, since it is a
     * way to guess a password with a stolen session). Every other session and every API token of
     * the user ends; {@code currentSessionId} (a page session) stays signed in.
     */
    public PasswordChange changePassword(UUID userId, String current, String next, String ip,
            String currentSessionId) {
        UserRow user = view(userId);
        List<Throttle.Key> keys = throttles.login(user.email(), ip);
        if (throttles.attempt(keys) instanceof Throttle.Throttled t) {
            return new Throttled(t.retryAfterSeconds());
        }
        if (!credentials.matches(current == null ? "" : current, user.passwordHash())) {
            events.record(userId, "password-change-wrong-current", ip, null);
            return new WrongCurrent();
        }
        throttles.release(keys);
        PasswordPolicy.Verdict verdict = policy.check(next, user.email());
        if (!verdict.accepted()) {
            return new Weak(verdict);
        }
        users.updatePassword(userId, credentials.hash(next));
        resetTokens.voidAll(userId);
        revocation.revokeAll(userId, currentSessionId);
        events.record(userId, "password-changed", ip, null);
        mails.passwordChanged(user.email(), user.displayName());
        return new Changed();
    }
}
