package org.ticketgrid.app.accounts.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.accounts.Emails;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.Throttle;
import org.ticketgrid.app.accounts.mail.AccountMails;
import org.ticketgrid.app.accounts.persistence.SecurityEvents;
import org.ticketgrid.app.accounts.persistence.Users;

/**
 * Creates a customer account. An address that already has an account gets the same answer as a
 * new one (201 with an id that names nothing), and its owner gets an email saying so: the response
 * never tells a stranger whether an address is registered (docs/adr/0010).
 */
@Service
public class Register {

    public static final int MAX_NAME = 100;

    /** A field that is wrong, with a stable code. */
    public record FieldError(String field, String code, String message) {
    }

    /** What a registration came to. */
    public sealed interface Outcome permits Registered, Invalid, Throttled {
    }

    /** The account as answered; for a taken address {@code id} is random and names nothing. */
    public record Registered(UUID id, String email, String displayName, Role role) implements Outcome {
    }

    public record Invalid(List<FieldError> errors) implements Outcome {
    }

    public record Throttled(long retryAfterSeconds) implements Outcome {
    }

    private final Users users;
    private final Credentials credentials;
    private final PasswordPolicy policy;
    private final AuthThrottles throttles;
    private final AccountMails mails;
    private final SecurityEvents events;

    Register(Users users, Credentials credentials, PasswordPolicy policy, AuthThrottles throttles,
            AccountMails mails, SecurityEvents events) {
        this.users = users;
        this.credentials = credentials;
        this.policy = policy;
        this.throttles = throttles;
        this.mails = mails;
        this.events = events;
    }

    public Outcome register(String email, String password, String displayName, String ip) {
        List<FieldError> errors = validate(email, password, displayName, policy);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        if (throttles.attempt(throttles.register(ip)) instanceof Throttle.Throttled t) {
            events.record(null, "register-throttled", ip, null);
            return new Throttled(t.retryAfterSeconds());
        }
        String address = email.strip();
        String name = displayName.strip();
        // Hash first in both branches: a taken address must not answer faster than a new one.
        String hash = credentials.hash(password);
        UUID id = UUID.randomUUID();
        if (users.insertIfAbsent(id, address, name, hash, Role.CUSTOMER)) {
            events.record(id, "registered", ip, null);
            mails.welcome(address, name);
        } else {
            var existing = users.byEmail(Emails.normalize(address)).orElseThrow();
            events.record(existing.id(), "register-existing-address", ip, null);
            mails.alreadyRegistered(existing.email(), existing.displayName());
        }
        return new Registered(id, address, name, Role.CUSTOMER);
    }

    /** The checks of a sign-up form, in the order people read the fields. */
    public static List<FieldError> validate(String email, String password, String displayName,
            PasswordPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "required", "Tell us your name."));
        } else if (displayName.strip().length() > MAX_NAME) {
            errors.add(new FieldError("displayName", "too-long", "Use at most " + MAX_NAME + " characters."));
        }
        if (!Emails.isValid(email)) {
            errors.add(new FieldError("email", "invalid-email", "Enter a valid email address."));
        }
        PasswordPolicy.Verdict verdict = policy.check(password, email);
        if (!verdict.accepted()) {
            errors.add(new FieldError("password", verdict.code(), verdict.message()));
        }
        return errors;
    }
}
