package org.ticketgrid.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Produces Stripe's {@code Stripe-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}
 * over {@code "<t>.<payload>"}, keyed with the whole secret string including its {@code whsec_}
 * prefix (Stripe does not decode it).
 */
public final class WebhookSigner {

  private static final String ALGORITHM = "HmacSHA256";

  private final Clock clock;

  public WebhookSigner(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public String header(String payload, String secret) {
    long timestamp = clock.instant().getEpochSecond();
    return "t=" + timestamp + ",v1=" + signature(timestamp, payload, secret);
  }

  static String signature(long timestamp, String payload, String secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
    }
  }
}
