package org.ticketgrid.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.orders.OrderStatus.CANCELLED;
import static org.ticketgrid.app.orders.OrderStatus.CONFIRMED;
import static org.ticketgrid.app.orders.OrderStatus.EXPIRED;
import static org.ticketgrid.app.orders.OrderStatus.PARTIALLY_REFUNDED;
import static org.ticketgrid.app.orders.OrderStatus.PENDING_PAYMENT;
import static org.ticketgrid.app.orders.OrderStatus.REFUNDED;
import static org.ticketgrid.app.orders.PaymentState.AUTHORIZED;
import static org.ticketgrid.app.orders.PaymentState.AWAITING;
import static org.ticketgrid.app.orders.PaymentState.CANCELED;
import static org.ticketgrid.app.orders.PaymentState.CAPTURED;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.AMOUNT_MISMATCH;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.AUTHORIZED_NOT_BOOKED;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.CAPTURED_WITHOUT_ORDER;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.CHECK_REFUNDS;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.CONFIRMED_NOT_CAPTURED;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.CONFIRMED_PAYMENT_CANCELED;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.CONFIRMED_WITHOUT_PAYMENT;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.OK;
import static org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict.OPEN_AUTHORIZATION;

import org.junit.jupiter.api.Test;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;
import org.ticketgrid.app.reconciliation.ReconciliationRules.Pair;
import org.ticketgrid.app.reconciliation.ReconciliationRules.Verdict;

class ReconciliationRulesTest {

    /** A settled pair whose amounts match, capture recorded, money outstanding. */
    private static Verdict settled(OrderStatus order, PaymentState payment) {
        return ReconciliationRules.decide(new Pair(order, payment, true, true, true, true, true));
    }

    /** The same pair, but young: a webhook may still be on its way. */
    private static Verdict inFlight(OrderStatus order, PaymentState payment) {
        return ReconciliationRules.decide(new Pair(order, payment, false, false, true, true, true));
    }

    @Test
    void aPaymentWithoutOrderIsRefundedOrReleasedOnceSettled() {
        assertThat(settled(null, CAPTURED)).isEqualTo(CAPTURED_WITHOUT_ORDER);
        assertThat(ReconciliationRules.decide(new Pair(null, CAPTURED, true, true, true, true, false)))
                .as("already refunded in full").isEqualTo(OK);
        assertThat(settled(null, AUTHORIZED)).isEqualTo(OPEN_AUTHORIZATION);
        assertThat(inFlight(null, AUTHORIZED)).isEqualTo(OK);
        assertThat(settled(null, AWAITING)).isEqualTo(OK);
        assertThat(settled(null, CANCELED)).isEqualTo(OK);
    }

    @Test
    void aMissedWebhookIsBookedButOnlyAfterTheGrace() {
        assertThat(settled(PENDING_PAYMENT, AUTHORIZED)).isEqualTo(AUTHORIZED_NOT_BOOKED);
        assertThat(settled(PENDING_PAYMENT, CAPTURED)).isEqualTo(AUTHORIZED_NOT_BOOKED);
        assertThat(inFlight(PENDING_PAYMENT, AUTHORIZED)).isEqualTo(OK);
        assertThat(settled(PENDING_PAYMENT, AWAITING)).isEqualTo(OK);
        assertThat(settled(PENDING_PAYMENT, CANCELED)).isEqualTo(OK);
    }

    @Test
    void paidOrdersMustBeCapturedAndRecordedAndTheirRefundsCompared() {
        assertThat(settled(CONFIRMED, AUTHORIZED)).isEqualTo(CONFIRMED_NOT_CAPTURED);
        assertThat(inFlight(CONFIRMED, AUTHORIZED)).isEqualTo(OK);
        assertThat(ReconciliationRules.decide(new Pair(CONFIRMED, CAPTURED, true, true, true, false, false)))
                .isEqualTo(CONFIRMED_NOT_CAPTURED);
        for (OrderStatus paid : new OrderStatus[] {CONFIRMED, PARTIALLY_REFUNDED, REFUNDED}) {
            assertThat(settled(paid, CAPTURED)).isEqualTo(CHECK_REFUNDS);
            assertThat(settled(paid, CANCELED)).isEqualTo(CONFIRMED_PAYMENT_CANCELED);
            assertThat(settled(paid, AWAITING)).isEqualTo(CONFIRMED_WITHOUT_PAYMENT);
        }
    }

    @Test
    void deadOrdersMustNotKeepMoney() {
        for (OrderStatus dead : new OrderStatus[] {EXPIRED, CANCELLED}) {
            assertThat(settled(dead, AUTHORIZED)).isEqualTo(OPEN_AUTHORIZATION);
            assertThat(inFlight(dead, AUTHORIZED)).isEqualTo(OK);
            assertThat(settled(dead, CAPTURED)).isEqualTo(CAPTURED_WITHOUT_ORDER);
            assertThat(ReconciliationRules.decide(new Pair(dead, CAPTURED, true, true, true, true, false)))
                    .isEqualTo(OK);
            assertThat(settled(dead, CANCELED)).isEqualTo(OK);
        }
    }

    @Test
    void aDifferentAmountIsReportedBeforeAnythingIsRepaired() {
        for (OrderStatus order : OrderStatus.values()) {
            assertThat(ReconciliationRules.decide(new Pair(order, AUTHORIZED, true, true, false, true, true)))
                    .as(order.name()).isEqualTo(AMOUNT_MISMATCH);
        }
    }

    @Test
    void theRefundTotalIsNeededOnlyForCapturedMoneyWithoutALiveOrder() {
        assertThat(ReconciliationRules.needsRefundTotal(null, CAPTURED)).isTrue();
        assertThat(ReconciliationRules.needsRefundTotal(EXPIRED, CAPTURED)).isTrue();
        assertThat(ReconciliationRules.needsRefundTotal(CANCELLED, CAPTURED)).isTrue();
        assertThat(ReconciliationRules.needsRefundTotal(CONFIRMED, CAPTURED)).isFalse();
        assertThat(ReconciliationRules.needsRefundTotal(EXPIRED, AUTHORIZED)).isFalse();
    }
}
