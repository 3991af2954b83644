package org.ticketgrid.sandbox.webhooks;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Sends one webhook request; an interface so the dispatcher can be tested without sockets. */
@FunctionalInterface
public interface WebhookTransport {

  /**
   * @return the receiver's HTTP status code
   * @throws IOException when the receiver cannot be reached or does not answer in time
   */
  int post(URI url, String payload, Map<String, String> headers)
      throws IOException, InterruptedException;
}
