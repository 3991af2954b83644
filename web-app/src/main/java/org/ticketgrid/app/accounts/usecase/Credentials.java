package org.ticketgrid.app.accounts.usecase;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.SecretTokens;

/**
 * Hashing and checking of passwords. Checking against an unknown account still runs the full
 * Argon2id computation against a dummy hash, so a sign-in answers in the same time whether the
 * address has an account or not (no enumeration by timing, ASVS V2.2/V3).
 */
@Component
public class Credentials {

    private final PasswordEncoder encoder;
    private final String dummyHash;

    Credentials(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummyHash = encoder.encode(SecretTokens.newToken());
    }

    public String hash(String rawPassword) {
        return encoder.encode(PasswordPolicy.normalize(rawPassword));
    }

    /** Whether the password matches; {@code storedHash} null means "no such account". */
    public boolean matches(String rawPassword, String storedHash) {
        String normalized = PasswordPolicy.normalize(rawPassword);
        if (storedHash == null) {
            encoder.matches(normalized, dummyHash);
            return false;
        }
        return encoder.matches(normalized, storedHash);
    }
}
