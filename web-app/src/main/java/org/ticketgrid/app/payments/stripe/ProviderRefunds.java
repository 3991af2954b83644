package org.ticketgrid.app.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Refunds at the provider, and the lists reconciliation compares with our books. Kept apart from
 * {@link PaymentIntents} (booking's calls): refunds and reconciliation read and write other objects.
 * Every refund carries the idempotency key of our refund row, so a retry after a crash or a timeout
 * replays the first refund instead of making a second one.
 */
@Component
public class ProviderRefunds {

    /** A refund at the provider. */
    public record ProviderRefund(String id, String paymentIntentId, long amount, String status,
            Map<String, String> metadata) {

        static ProviderRefund of(Refund r) {
            return new ProviderRefund(r.getId(), r.getPaymentIntent(), r.getAmount() == null ? 0 : r.getAmount(),
                    r.getStatus(), r.getMetadata() == null ? Map.of() : r.getMetadata());
        }

        /** Money went (or is going) back: {@code succeeded} or {@code pending}. */
        public boolean accepted() {
            return "succeeded".equals(status) || "pending".equals(status);
        }
    }

    /** A PaymentIntent as reconciliation compares it. */
    public record ListedIntent(String id, String status, long amount, long amountReceived, Instant created,
            Map<String, String> metadata) {

        static ListedIntent of(PaymentIntent pi) {
            return new ListedIntent(pi.getId(), pi.getStatus(), nz(pi.getAmount()), nz(pi.getAmountReceived()),
                    Instant.ofEpochSecond(nz(pi.getCreated())), pi.getMetadata() == null ? Map.of() : pi.getMetadata());
        }
    }

    /** The provider refused the refund for a reason a retry cannot change (e.g. already refunded). */
    public static final class RefundRefused extends RuntimeException {
        private final String code;

        RefundRefused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final int PAGE = 100;

    private final StripeClient stripe;

    ProviderRefunds(TicketGridProperties properties) {
        var payments = properties.payments();
        this.stripe = StripeClient.builder().setApiKey(payments.secretKey()).setApiBase(payments.apiBase())
                .setConnectTimeout(5_000).setReadTimeout(20_000).setMaxNetworkRetries(2).build();
    }

    /**
     * Refunds {@code amount} minor units of a captured intent.
     *
     * @throws RefundRefused                       when the provider says no for good
     * @throws PaymentIntents.ProviderUnavailable when it could not be asked: retry with the same key
     */
    public ProviderRefund refund(String paymentIntentId, long amount, Map<String, String> metadata,
            String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(paymentIntentId).setAmount(amount)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).putAllMetadata(metadata).build();
        try {
            return ProviderRefund.of(stripe.v1().refunds().create(params,
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build()));
        } catch (InvalidRequestException e) {
            if (e.getCode() != null && e.getStatusCode() != null && e.getStatusCode() == 400
                    && !"idempotency_key_in_use".equals(e.getCode())) {
                throw new RefundRefused(e.getCode(), e.getMessage());
            }
            throw new PaymentIntents.ProviderUnavailable("refund of " + paymentIntentId + " failed: " + e.getMessage(),
                    e);
        } catch (StripeException e) {
            throw new PaymentIntents.ProviderUnavailable("refund of " + paymentIntentId + " failed: " + e.getMessage(),
                    e);
        }
    }

    /** Every refund of one intent. */
    public List<ProviderRefund> refundsOf(String paymentIntentId) {
        List<ProviderRefund> all = new ArrayList<>();
        String after = null;
        while (true) {
            RefundListParams.Builder params = RefundListParams.builder().setPaymentIntent(paymentIntentId)
                    .setLimit((long) PAGE);
            if (after != null) {
                params.setStartingAfter(after);
            }
            StripeCollection<Refund> page = call(() -> stripe.v1().refunds().list(params.build()));
            page.getData().forEach(r -> all.add(ProviderRefund.of(r)));
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                return all;
            }
            after = page.getData().getLast().getId();
        }
    }

    /**
     * The intents created at or after {@code from}, newest first. The list is read page by page and
     * stops at the first older intent (the provider lists newest first), or after {@code max}.
     */
    public List<ListedIntent> intentsSince(Instant from, int max) {
        List<ListedIntent> all = new ArrayList<>();
        String after = null;
        while (all.size() < max) {
            PaymentIntentListParams.Builder params = PaymentIntentListParams.builder().setLimit((long) PAGE);
            if (after != null) {
                params.setStartingAfter(after);
            }
            StripeCollection<PaymentIntent> page = call(() -> stripe.v1().paymentIntents().list(params.build()));
            for (PaymentIntent pi : page.getData()) {
                ListedIntent intent = ListedIntent.of(pi);
                if (intent.created().isBefore(from)) {
                    return all;
                }
                all.add(intent);
            }
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                return all;
            }
            after = page.getData().getLast().getId();
        }
        return all;
    }

    /** One intent, as listed. */
    public ListedIntent intent(String id) {
        return ListedIntent.of(call(() -> stripe.v1().paymentIntents().retrieve(id)));
    }

    private static <T> T call(StripeRead<T> read) {
        try {
            return read.run();
        } catch (StripeException e) {
            throw new PaymentIntents.ProviderUnavailable("provider read failed: " + e.getMessage(), e);
        }
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    @FunctionalInterface
    private interface StripeRead<T> {
        T run() throws StripeException;
    }
}
