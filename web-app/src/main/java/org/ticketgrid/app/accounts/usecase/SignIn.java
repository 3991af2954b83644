package org.ticketgrid.app.accounts.usecase;

import java.util.List;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.accounts.Emails;
import org.ticketgrid.app.accounts.Throttle;
import org.ticketgrid.app.accounts.persistence.SecurityEvents;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.accounts.persistence.Users.UserRow;

/**
 * Checks an email and password, for the API's token endpoint and the sign-in page alike. The
 * answer for a wrong password and for an unknown address is the same, and takes the same time.
 */
@Service
public class SignIn {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome permits SignedIn, Rejected, Throttled {
    }

    public record SignedIn(UserRow user) implements Outcome {
    }

    public record Rejected() implements Outcome {
    }

    public record Throttled(long retryAfterSeconds) implements Outcome {
    }

    private final Users users;
    private final Credentials credentials;
    private final AuthThrottles throttles;
    private final SecurityEvents events;
    private final KnownAddresses knownAddresses;

    SignIn(Users users, Credentials credentials, AuthThrottles throttles, SecurityEvents events,
            KnownAddresses knownAddresses) {
        this.knownAddresses = knownAddresses;
        this.users = users;
        this.credentials = credentials;
        this.throttles = throttles;
        this.events = events;
    }

    public Outcome signIn(String email, String password, String ip) {
        List<Throttle.Key> keys = throttles.login(email, ip);
        Throttle.Decision decision = throttles.attempt(keys);
        if (decision instanceof Throttle.Throttled t && AuthThrottles.LOGIN_PER_ACCOUNT.equals(t.limit())) {
            // Soft lockout: guesses from elsewhere used up the account's attempts; an address its
            // owner signed in from keeps attempts of its own (and its address limit still applies).
            UserRow owner = email == null ? null : users.byEmail(Emails.normalize(email)).orElse(null);
            if (owner != null && knownAddresses.known(owner.id(), ip)) {
                keys = throttles.loginFromKnownAddress(email, ip);
                decision = throttles.attempt(keys);
            }
        }
        if (decision instanceof Throttle.Throttled t) {
            UserRow known = users.byEmail(Emails.normalize(email)).orElse(null);
            events.record(known == null ? null : known.id(), "login-throttled", ip, t.limit());
            return new Throttled(t.retryAfterSeconds());
        }
        UserRow user = email == null ? null : users.byEmail(Emails.normalize(email)).orElse(null);
        boolean ok = credentials.matches(password == null ? "" : password, user == null ? null : user.passwordHash());
        if (!ok) {
            events.record(user == null ? null : user.id(), "login-failure", ip,
                    user == null ? "unknown account" : "wrong password");
            return new Rejected();
        }
        throttles.release(keys);
        users.touchLogin(user.id());
        events.record(user.id(), "login-success", ip, null);
        return new SignedIn(user);
    }
}
