package org.ticketgrid.app.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentConfirmParams;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * The offline payment page's card form: confirms a PaymentIntent at the payment sandbox on the
 * buyer's behalf with a Stripe test payment method ({@code pm_card_visa}, {@code pm_card_chargeDeclined},
 * ...). It refuses to run unless {@code ticketgrid.payments.sandbox} is on, and refuses anything
 * that is not a test token: real card data never reaches our servers; in production the browser
 * confirms with Stripe.js (Payment Element) and this class is not used.
 */
@Component
public class SandboxCards {

    /** What the sandbox answered: approved (authorized), or declined with Stripe's decline code. */
    public record Attempt(boolean approved, String status, String declineCode) {
    }

    private static final Pattern TEST_TOKEN = Pattern.compile("pm_card_[A-Za-z]{2,40}");

    private final boolean enabled;
    private final StripeClient stripe;

    SandboxCards(TicketGridProperties properties) {
        var payments = properties.payments();
        this.enabled = payments.sandbox();
        this.stripe = StripeClient.builder().setApiKey(payments.secretKey()).setApiBase(payments.apiBase())
                .setConnectTimeout(5_000).setReadTimeout(20_000).setMaxNetworkRetries(2).build();
    }

    /** Whether the server may confirm test cards (the sandbox is configured), so the card form is shown. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Confirms {@code intentId} with the test token. The idempotency key names one attempt (one
     * rendering of the form): a double submit repeats the attempt instead of making a second one.
     */
    public Attempt confirm(String intentId, String testToken, String idempotencyKey) {
        if (!enabled) {
            throw new IllegalStateException("test cards are confirmed server-side only against the sandbox");
        }
        if (!TEST_TOKEN.matcher(testToken).matches()) {
            throw new IllegalArgumentException("not a test payment method");
        }
        PaymentIntentConfirmParams params = PaymentIntentConfirmParams.builder().setPaymentMethod(testToken).build();
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().confirm(intentId, params,
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return new Attempt(true, intent.getStatus(), null);
        } catch (CardException e) {
            return new Attempt(false, "requires_payment_method", e.getDeclineCode() != null ? e.getDeclineCode()
                    : e.getCode());
        } catch (InvalidRequestException e) {
            if ("payment_intent_unexpected_state".equals(e.getCode())) {
                // Confirmed already (a second tab, a replayed form): report where it stands.
                return current(intentId);
            }
            throw new PaymentIntents.ProviderUnavailable("confirm of " + intentId + " refused: " + e.getMessage(), e);
        } catch (StripeException e) {
            throw new PaymentIntents.ProviderUnavailable("confirm of " + intentId + " failed: " + e.getMessage(), e);
        }
    }

    private Attempt current(String intentId) {
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().retrieve(intentId);
            boolean approved = "requires_capture".equals(intent.getStatus()) || "succeeded".equals(intent.getStatus());
            return new Attempt(approved, intent.getStatus(), approved || intent.getLastPaymentError() == null ? null
                    : intent.getLastPaymentError().getDeclineCode());
        } catch (StripeException e) {
            throw new PaymentIntents.ProviderUnavailable("retrieve of " + intentId + " failed: " + e.getMessage(), e);
        }
    }
}
