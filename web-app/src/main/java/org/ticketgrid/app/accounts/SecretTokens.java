package org.ticketgrid.app.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque secrets handed to a client (access tokens, reset links). A token carries 256 random bits,
 * so a fast hash is enough to store it: nobody can brute-force 2^256 candidates, and unlike a
 * password there is no dictionary to try. Only the hash is ever stored; the token itself exists
 * in the response (or the email) and nowhere else.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private SecretTokens() {
    }

    /** A new token: 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, hex: what the grid and the database keep. */
    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether {@code text} looks like a token of ours at all (cheap check before any lookup). */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == 43 && text.chars().allMatch(
                c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
