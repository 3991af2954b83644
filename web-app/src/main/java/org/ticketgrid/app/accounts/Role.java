package org.ticketgrid.app.accounts;

import java.util.Locale;
import java.util.Optional;

/** What an account may do: customers buy, merchants sell their own events, admins run the platform. */
public enum Role {
    CUSTOMER, MERCHANT, ADMIN;

    /** The Spring Security authority of this role ({@code ROLE_ADMIN}, ...). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named by {@code text} (any case), or empty when it names none. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
