package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoints from SANDBOX_WEBHOOK_URL, signed with SANDBOX_WEBHOOK_SECRET, survive a reset. */
class ConfiguredWebhookTest {

  private static final String SECRET = "whsec_configured_for_this_test";

  private WebhookReceiver receiver;
  private SandboxFixture sandbox;

  @BeforeEach
  void start() {
    receiver = new WebhookReceiver();
    sandbox =
        SandboxFixture.start(
            Map.of("SANDBOX_WEBHOOK_URL", receiver.url(), "SANDBOX_WEBHOOK_SECRET", SECRET));
  }

  @AfterEach
  void stop() {
    sandbox.close();
    receiver.close();
  }

  @Test
  void configured_endpoints_receive_events_signed_with_the_configured_secret() throws Exception {
    sandbox.reset();

    Intents.manual(sandbox.client(), 1_000);

    WebhookReceiver.Received created = receiver.awaitEvent("payment_intent.created");
    Event event = Webhook.constructEvent(created.payload(), created.signature(), SECRET);
    assertThat(event.getType()).isEqualTo("payment_intent.created");
  }
}
