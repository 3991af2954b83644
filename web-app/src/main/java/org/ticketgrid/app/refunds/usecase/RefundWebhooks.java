package org.ticketgrid.app.refunds.usecase;

import org.springframework.stereotype.Component;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.payments.webhook.RefundEventListener;

/**
 * The provider's refund events ({@code refund.created}, {@code refund.updated},
 * {@code charge.refunded}): the intent's refunds are read from the provider as they are now (never
 * from the event, which may be stale or reordered) and each one of ours still pending is finished.
 * Duplicates and reordering change nothing: finishing is conditional.
 */
@Component
class RefundWebhooks implements RefundEventListener {

    private final ProviderRefunds provider;
    private final RefundExecution execution;

    RefundWebhooks(ProviderRefunds provider, RefundExecution execution) {
        this.provider = provider;
        this.execution = execution;
    }

    @Override
    public boolean refundsChanged(String paymentIntentId) {
        boolean ours = false;
        for (ProviderRefunds.ProviderRefund refund : provider.refundsOf(paymentIntentId)) {
            ours |= execution.providerRefunded(refund);
        }
        return ours;
    }
}
