package org.ticketgrid.sandbox.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** Renders an event in Stripe's JSON shape, the same for the API and for webhook payloads. */
public final class EventView {

  private EventView() {}

  public static Map<String, Object> render(Event event, int pendingWebhooks) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("id", event.origin().requestId());
    request.put("idempotency_key", event.origin().idempotencyKey());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", event.id());
    json.put("object", "event");
    json.put("api_version", event.apiVersion());
    json.put("created", event.created().getEpochSecond());
    json.put("data", Map.of("object", event.dataObject()));
    json.put("livemode", false);
    json.put("pending_webhooks", pendingWebhooks);
    json.put("request", request);
    json.put("type", event.type());
    return json;
  }
}
