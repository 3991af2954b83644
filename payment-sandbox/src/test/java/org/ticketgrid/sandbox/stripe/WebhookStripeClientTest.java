package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.sandbox.stripe.SandboxFixture.WEBHOOK_SECRET;

import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.Webhook;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events and webhooks as an application receives them, verified with stripe-java. */
class WebhookStripeClientTest {

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();
  private WebhookReceiver receiver;

  @BeforeEach
  void registerReceiver() {
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private WebhookEndpoint subscribe(WebhookEndpointCreateParams.EnabledEvent... events)
      throws StripeException {
    return sandbox
        .stripe()
        .v1()
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .setUrl(receiver.url())
                .addAllEnabledEvent(List.of(events))
                .build());
  }

  private PaymentIntent paidAndCaptured() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);
    sandbox
        .stripe()
        .v1()
        .paymentIntents()
        .confirm(
            intent.getId(),
            PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
    return sandbox.stripe().v1().paymentIntents().capture(intent.getId());
  }

  @Test
  void every_state_change_arrives_signed_and_stripe_java_verifies_it() throws Exception {
    WebhookEndpoint endpoint = subscribe(WebhookEndpointCreateParams.EnabledEvent.ALL);
    assertThat(endpoint.getSecret()).isEqualTo(WEBHOOK_SECRET);

    PaymentIntent intent = paidAndCaptured();

    List<WebhookReceiver.Received> received = receiver.awaitReceived(all -> all.size() == 5);
    assertThat(received)
        .extracting(WebhookReceiver.Received::type)
        .containsExactly(
            "payment_intent.created",
            "charge.succeeded",
            "payment_intent.amount_capturable_updated",
            "charge.captured",
            "payment_intent.succeeded");
    WebhookReceiver.Received succeeded = received.getLast();
    assertThat(succeeded.contentType()).startsWith("application/json");
    Event event =
        Webhook.constructEvent(succeeded.payload(), succeeded.signature(), WEBHOOK_SECRET);
    assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
    assertThat(event.getLivemode()).isFalse();
    assertThat(event.getRequest().getId()).startsWith("req_");
    StripeObject object = event.getDataObjectDeserializer().getObject().orElseThrow();
    assertThat(object)
        .isInstanceOfSatisfying(
            PaymentIntent.class,
            pi -> {
              assertThat(pi.getId()).isEqualTo(intent.getId());
              assertThat(pi.getStatus()).isEqualTo("succeeded");
              assertThat(pi.getMetadata()).containsEntry("orderId", "ord_42");
            });
  }

  @Test
  void a_receiver_that_fails_once_gets_the_same_event_again() throws Exception {
    subscribe(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED);
    receiver.respondWith(500);

    PaymentIntent intent = paidAndCaptured();

    List<WebhookReceiver.Received> received = receiver.awaitReceived(all -> all.size() == 2);
    assertThat(received)
        .extracting(WebhookReceiver.Received::answeredWith)
        .containsExactly(500, 200);
    assertThat(received.get(0).eventId()).isEqualTo(received.get(1).eventId());
    Event retried =
        Webhook.constructEvent(
            received.get(1).payload(), received.get(1).signature(), WEBHOOK_SECRET);
    assertThat(
            ((PaymentIntent) retried.getDataObjectDeserializer().getObject().orElseThrow()).getId())
        .isEqualTo(intent.getId());

    Map<String, Object> delivery = onlyDelivery(received.get(0).eventId());
    assertThat(delivery).containsEntry("status", "delivered");
    assertThat((List<?>) delivery.get("attempts")).hasSize(2);
    assertThat(sandbox.stripe().v1().events().retrieve(retried.getId()).getPendingWebhooks()).isZero();
  }

  @Test
  void subscriptions_filter_by_type() throws Exception {
    subscribe(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED);

    paidAndCaptured();

    receiver.awaitEvent("payment_intent.succeeded");
    Thread.sleep(200);
    assertThat(receiver.received())
        .extracting(WebhookReceiver.Received::type)
        .containsExactly("payment_intent.succeeded");
  }

  @Test
  void resending_an_event_delivers_a_duplicate() throws Exception {
    subscribe(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED);
    paidAndCaptured();
    String eventId = receiver.awaitEvent("payment_intent.succeeded").eventId();

    SandboxFixture.RawResponse resent =
        sandbox.post("/_sandbox/events/" + eventId + "/resend", null, "");

    assertThat(resent.status()).isEqualTo(200);
    assertThat(receiver.awaitReceived(all -> all.size() == 2))
        .extracting(WebhookReceiver.Received::eventId)
        .containsExactly(eventId, eventId);
  }

  @Test
  void refunds_raise_refund_and_charge_events() throws Exception {
    subscribe(
        WebhookEndpointCreateParams.EnabledEvent.CHARGE__REFUNDED,
        WebhookEndpointCreateParams.EnabledEvent.REFUND__CREATED);
    PaymentIntent intent = paidAndCaptured();

    sandbox
        .stripe()
        .v1()
        .refunds()
        .create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build());

    WebhookReceiver.Received refunded = receiver.awaitEvent("charge.refunded");
    Event event = Webhook.constructEvent(refunded.payload(), refunded.signature(), WEBHOOK_SECRET);
    com.stripe.model.Charge charge =
        (com.stripe.model.Charge) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertThat(charge.getRefunded()).isTrue();
    assertThat(charge.getPaymentIntent()).isEqualTo(intent.getId());
    receiver.awaitEvent("refund.created");
  }

  @Test
  void events_are_listed_newest_first_and_filtered_by_type() throws StripeException {
    PaymentIntent first = paidAndCaptured();
    PaymentIntent second = paidAndCaptured();

    List<Event> succeeded =
        sandbox
            .stripe()
            .v1()
            .events()
            .list(
                EventListParams.builder().setType("payment_intent.succeeded").setLimit(10L).build())
            .getData();
    List<Event> all =
        sandbox.stripe().v1().events().list(EventListParams.builder().setLimit(3L).build()).getData();

    assertThat(succeeded)
        .extracting(
            e -> ((PaymentIntent) e.getDataObjectDeserializer().getObject().orElseThrow()).getId())
        .containsExactly(second.getId(), first.getId());
    assertThat(all).hasSize(3);
    assertThat(all.getFirst().getType()).isEqualTo("payment_intent.succeeded");
    Event retrieved = sandbox.stripe().v1().events().retrieve(succeeded.getFirst().getId());
    assertThat(retrieved.getApiVersion()).isEqualTo(com.stripe.Stripe.API_VERSION);
  }

  @Test
  void registered_endpoints_can_be_listed_and_deleted() throws StripeException {
    WebhookEndpoint endpoint = subscribe(WebhookEndpointCreateParams.EnabledEvent.ALL);

    assertThat(sandbox.stripe().v1().webhookEndpoints().list().getData())
        .extracting(WebhookEndpoint::getId)
        .containsExactly(endpoint.getId());
    assertThat(sandbox.stripe().v1().webhookEndpoints().delete(endpoint.getId()).getDeleted()).isTrue();
    assertThat(sandbox.stripe().v1().webhookEndpoints().list().getData()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyDelivery(String eventId) {
    List<Map<String, Object>> data =
        (List<Map<String, Object>>)
            sandbox.get("/_sandbox/deliveries?event=" + eventId, null).json().get("data");
    assertThat(data).hasSize(1);
    return data.getFirst();
  }
}
