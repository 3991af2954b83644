package org.ticketgrid.app.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as account names: one account per address whatever its case. */
public final class Emails {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Emails() {
    }

    /** The canonical form (trimmed, lower case) used for lookups and throttling keys. */
    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        String e = normalize(email);
        return e.length() <= MAX_LENGTH && SHAPE.matcher(e).matches();
    }
}
