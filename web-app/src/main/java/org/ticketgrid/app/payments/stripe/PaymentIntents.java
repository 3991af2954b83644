package org.ticketgrid.app.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * PaymentIntents with manual capture, the only provider calls booking makes. Every mutation
 * carries an idempotency key derived from the order, so a retry after a crash or a timeout
 * repeats the same request instead of making a second one.
 */
@Component
public class PaymentIntents {

    /** What booking needs to know of an intent. */
    public record Intent(String id, String status, String clientSecret, long amount, long amountReceived,
            String declineCode, Map<String, String> metadata) {

        static Intent of(PaymentIntent pi) {
            String decline = pi.getLastPaymentError() == null ? null
                    : pi.getLastPaymentError().getDeclineCode() != null ? pi.getLastPaymentError().getDeclineCode()
                    : pi.getLastPaymentError().getCode();
            return new Intent(pi.getId(), pi.getStatus(), pi.getClientSecret(), nz(pi.getAmount()),
                    nz(pi.getAmountReceived()), decline, pi.getMetadata() == null ? Map.of() : pi.getMetadata());
        }

        private static long nz(Long value) {
            return value == null ? 0 : value;
        }
    }

    /** The provider could not be reached or refused unexpectedly: the caller retries later. */
    public static final class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider does not know the intent (another account, or a sandbox that restarted): permanent. */
    public static final class UnknownIntent extends RuntimeException {
        UnknownIntent(String id, Throwable cause) {
            super("the provider does not know " + id, cause);
        }
    }

    private final StripeClient stripe;

    PaymentIntents(TicketGridProperties properties) {
        var payments = properties.payments();
        this.stripe = StripeClient.builder().setApiKey(payments.secretKey()).setApiBase(payments.apiBase())
                .setConnectTimeout(5_000).setReadTimeout(20_000).setMaxNetworkRetries(2).build();
    }

    /** A manual-capture card intent for {@code amount} minor units. */
    public Intent create(long amount, String currency, String description, Map<String, String> metadata,
            String idempotencyKey) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(amount)
                .setCurrency(currency.toLowerCase()).setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .addPaymentMethodType("card").setDescription(description).putAllMetadata(metadata).build();
        return call("create", () -> stripe.v1().paymentIntents().create(params, key(idempotencyKey)));
    }

    public Intent retrieve(String id) {
        try {
            return Intent.of(stripe.v1().paymentIntents().retrieve(id));
        } catch (InvalidRequestException e) {
            if ("resource_missing".equals(e.getCode())) {
                throw new UnknownIntent(id, e);
            }
            throw new ProviderUnavailable("retrieve of " + id + " refused: " + e.getMessage(), e);
        } catch (StripeException e) {
            throw new ProviderUnavailable("retrieve of " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** Captures an authorized intent; an intent already captured is answered as it is. */
    public Intent capture(String id, String idempotencyKey) {
        return orCurrent(id, "capture", () -> stripe.v1().paymentIntents().capture(id, key(idempotencyKey)));
    }

    /** Cancels an intent (releasing any authorization); an intent past cancelling is answered as it is. */
    public Intent cancel(String id, String reason, String idempotencyKey) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.valueOf(reason)).build();
        return orCurrent(id, "cancel", () -> stripe.v1().paymentIntents().cancel(id, params, key(idempotencyKey)));
    }

    /** Refunds a captured intent in full. */
    public void refund(String id, String idempotencyKey) {
        call("refund", () -> {
            stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(id)
                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).build(), key(idempotencyKey));
            return stripe.v1().paymentIntents().retrieve(id);
        });
    }

    private Intent orCurrent(String id, String what, StripeCall call) {
        try {
            return Intent.of(call.run());
        } catch (InvalidRequestException e) {
            if ("payment_intent_unexpected_state".equals(e.getCode())) {
                return retrieve(id); // already done (or past it): the caller looks at the status
            }
            throw new ProviderUnavailable(what + " of " + id + " refused: " + e.getMessage(), e);
        } catch (StripeException e) {
            throw new ProviderUnavailable(what + " of " + id + " failed: " + e.getMessage(), e);
        }
    }

    private static Intent call(String what, StripeCall call) {
        try {
            return Intent.of(call.run());
        } catch (StripeException e) {
            throw new ProviderUnavailable(what + " failed: " + e.getMessage(), e);
        }
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    @FunctionalInterface
    private interface StripeCall {
        PaymentIntent run() throws StripeException;
    }
}
