package org.ticketgrid.app.orders;

import java.security.SecureRandom;

/**
 * Ticket codes: 128 random bits in RFC 4648 base32 without padding (26 characters, upper case
 * letters and digits 2-7), so a code cannot be guessed from another and reads well on a QR code.
 */
public final class TicketCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** 128 bits in 5-bit groups. */
    public static final int LENGTH = 26;

    private TicketCodes() {
    }

    /**
     * A code as typed or scanned at a gate, in the stored form: upper case, without the dashes and
     * spaces of the readable form ("ABCD-EFGH-…"); null if it cannot be a ticket code.
     */
    public static String normalize(String input) {
        if (input == null || input.length() > 64) {
            return null;
        }
        String code = input.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')
                ? code : null;
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return encode(bytes);
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
