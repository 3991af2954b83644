package org.ticketgrid.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  private static final String SECRET = "whsec_ticketgrid_local";
  private static final String PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\"}";

  @Test
  void stripe_java_accepts_the_signature() throws SignatureVerificationException {
    String header = new WebhookSigner(Clock.systemUTC()).header(PAYLOAD, SECRET);

    assertThat(Webhook.Signature.verifyHeader(PAYLOAD, header, SECRET, 300)).isTrue();
  }

  @Test
  void the_header_has_stripes_layout() {
    Clock fixed = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    assertThat(new WebhookSigner(fixed).header(PAYLOAD, SECRET))
        .matches("t=1700000000,v1=[0-9a-f]{64}");
  }

  @Test
  void a_different_secret_or_a_changed_payload_fails_verification() {
    String header = new WebhookSigner(Clock.systemUTC()).header(PAYLOAD, SECRET);

    assertThatThrownBy(() -> Webhook.Signature.verifyHeader(PAYLOAD, header, "whsec_other", 300))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> Webhook.Signature.verifyHeader(PAYLOAD + " ", header, SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void an_old_signature_is_rejected_which_is_why_every_attempt_is_signed_afresh() {
    Clock tenMinutesAgo = Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(-10));
    String stale = new WebhookSigner(tenMinutesAgo).header(PAYLOAD, SECRET);

    assertThatThrownBy(() -> Webhook.Signature.verifyHeader(PAYLOAD, stale, SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
