package org.ticketgrid.app.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters (V2.1.1), up to
 * 128 at least (V2.1.2), never truncated (V2.1.3), any printable Unicode including spaces and
 * emoji (V2.1.4), no composition rules (V2.1.9), and not one of the common or breached passwords
 * shipped with the project (V2.1.7). Unicode is NFKC-normalised before counting and hashing so that
 * the same password typed on another keyboard still matches.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The list shipped with the project; see the header of the file for where it comes from. */
    public static final String BUNDLED_LIST = "/security/common-passwords.txt";

    /** The outcome of a check: accepted, or rejected with a stable code and a message for people. */
    public record Verdict(String code, String message) {

        static final Verdict ACCEPTED = new Verdict(null, null);

        public boolean accepted() {
            return code == null;
        }
    }

    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        Set<String> lowered = new HashSet<>();
        commonPasswords.forEach(p -> lowered.add(normalize(p).toLowerCase(Locale.ROOT)));
        this.common = Set.copyOf(lowered);
    }

    /** The policy with the list shipped in the jar. */
    public static PasswordPolicy withBundledList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(BUNDLED_LIST)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_LIST + " is missing from the classpath");
            }
            Set<String> entries = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(entries::add);
            }
            return new PasswordPolicy(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFKC, nothing else: no trimming, no case folding (the hash sees exactly this). */
    public static String normalize(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** How many entries the common-password list has (for the docs and the tests). */
    public int listSize() {
        return common.size();
    }

    /**
     * Checks a new password. {@code email} is the account's address: a password equal to it (or
     * to its local part) is as good as public.
     */
    public Verdict check(String password, String email) {
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return new Verdict("password-too-short", "Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return new Verdict("password-too-long", "Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return new Verdict("password-too-common",
                    "This password is too common or has appeared in data breaches. Choose another one.");
        }
        if (email != null && !email.isBlank()) {
            String address = Emails.normalize(email);
            int at = address.indexOf('@');
            if (lower.equals(address) || (at > 0 && lower.equals(address.substring(0, at)))) {
                return new Verdict("password-like-email", "Your password must not be your email address.");
            }
        }
        if (normalized.codePoints().distinct().count() < 3) {
            return new Verdict("password-too-common", "A password of one or two repeated characters is easy to guess.");
        }
        return Verdict.ACCEPTED;
    }
}
