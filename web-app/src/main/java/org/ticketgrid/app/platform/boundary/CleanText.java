package org.ticketgrid.app.platform.boundary;

import java.text.Normalizer;

/**
 * The one rule for text that comes from outside: Unicode NFC, and no control characters (tab, line
 * feed and carriage return aside) and no unpaired UTF-16 surrogates. PostgreSQL refuses NUL in
 * text (a 500 if it got that far), and broken surrogates or invisible controls stored in a name
 * break every page and mail that shows it. Used by the JSON reader and the parameter filter alike.
 */
public final class CleanText {

    /** What a client is told about a refused string; the field is named alongside. */
    public static final String REFUSED = "must not contain control characters or unpaired surrogates";

    private CleanText() {
    }

    /** Whether {@code text} may be accepted (null is: absence is checked elsewhere). */
    public static boolean acceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** The NFC form of an acceptable text (one spelling of "é", so lookups and uniqueness hold). */
    public static String normalize(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean isControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
