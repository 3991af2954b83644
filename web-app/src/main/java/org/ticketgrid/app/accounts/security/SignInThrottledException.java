package org.ticketgrid.app.accounts.security;

import org.springframework.security.core.AuthenticationException;

/** A page sign-in refused by the throttle; the failure handler tells the person how long to wait. */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(long retryAfterSeconds) {
        super("too many attempts");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
