package org.ticketgrid.app.waitingroom.usecase;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ticketgrid.waitingroom.QueueTicketKey;

/**
 * Admission tokens: {@code base64url(eventId|number|accountId|untilMillis).base64url(HMAC-SHA256)}.
 * Checking one is CPU work only (no grid, no database), so a flood of holds without a valid token
 * costs the server almost nothing. Bound to account and event; useless after {@code until}.
 */
public final class AdmissionTokens {

    /** What a presented token came to. */
    public sealed interface Check permits Valid, Invalid {
    }

    /** Signed by us, for this account and event, not expired: the place it admits. */
    public record Valid(QueueTicketKey place, long until) implements Check {
    }

    /** Missing, forged, expired, or someone else's / another event's; {@code reason} is for logs only. */
    public record Invalid(String reason) implements Check {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public AdmissionTokens(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(QueueTicketKey place, String accountId, long until) {
        String payload = place.eventId() + "|" + place.number() + "|" + accountId + "|" + until;
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(mac(payload));
    }

    public Check check(String token, String eventId, String accountId, long now) {
        if (token == null || token.isBlank()) {
            return new Invalid("missing");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 1_000) {
            return new Invalid("malformed");
        }
        String payload;
        byte[] signature;
        try {
            payload = new String(D64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            signature = D64.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Invalid("malformed");
        }
        if (!MessageDigest.isEqual(signature, mac(payload))) {
            return new Invalid("forged");
        }
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 4) {
            return new Invalid("malformed");
        }
        if (!parts[0].equals(eventId)) {
            return new Invalid("other-event");
        }
        if (!parts[2].equals(accountId)) {
            return new Invalid("other-account");
        }
        long until = Long.parseLong(parts[3]);
        if (until <= now) {
            return new Invalid("expired");
        }
        return new Valid(new QueueTicketKey(parts[0], Long.parseLong(parts[1])), until);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
