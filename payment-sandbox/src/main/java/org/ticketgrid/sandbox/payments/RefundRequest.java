package org.ticketgrid.sandbox.payments;

import java.util.Map;

/**
 * A refund of the intent's captured charge.
 *
 * @param amount minor units to return, or {@code null} for everything not yet refunded
 * @param reason one of Stripe's reasons (validated by the HTTP layer), or {@code null}
 */
public record RefundRequest(Long amount, String reason, Map<String, String> metadata) {}
