package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.orders.BookingRules.Action.BOOK;
import static org.ticketgrid.app.orders.BookingRules.Action.CANCEL_AUTHORIZATION;
import static org.ticketgrid.app.orders.BookingRules.Action.CANCEL_ORDER;
import static org.ticketgrid.app.orders.BookingRules.Action.FINISH;
import static org.ticketgrid.app.orders.BookingRules.Action.FLAG;
import static org.ticketgrid.app.orders.BookingRules.Action.NOTE_DECLINE;
import static org.ticketgrid.app.orders.BookingRules.Action.NOTHING;
import static org.ticketgrid.app.orders.BookingRules.Action.REFUND;
import static org.ticketgrid.app.orders.BookingRules.decide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.orders.BookingRules.Action;

/** The booking state machine, every pair of order and payment state. */
class BookingRulesTest {

    @Test
    void anUnpaidOrderIsBookedOnceTheMoneyIsReservedOrTaken() {
        assertThat(decide(OrderStatus.PENDING_PAYMENT, PaymentState.AUTHORIZED, false)).isEqualTo(BOOK);
        // automatic capture (or a capture by someone else) is tolerated: book, do not capture again
        assertThat(decide(OrderStatus.PENDING_PAYMENT, PaymentState.CAPTURED, false)).isEqualTo(BOOK);
    }

    @Test
    void aDeclineIsNotedAndTheOrderStaysPayable() {
        assertThat(decide(OrderStatus.PENDING_PAYMENT, PaymentState.AWAITING, true)).isEqualTo(NOTE_DECLINE);
        assertThat(decide(OrderStatus.PENDING_PAYMENT, PaymentState.AWAITING, false)).isEqualTo(NOTHING);
        assertThat(decide(OrderStatus.PENDING_PAYMENT, PaymentState.CANCELED, false)).isEqualTo(CANCEL_ORDER);
    }

    @Test
    void aConfirmedOrderIsFinishedWhateverEventWakesItUp() {
        assertThat(decide(OrderStatus.CONFIRMED, PaymentState.AUTHORIZED, false)).isEqualTo(FINISH);
        assertThat(decide(OrderStatus.CONFIRMED, PaymentState.CAPTURED, false)).isEqualTo(FINISH);
        // a stale decline that arrives after the success changes nothing
        assertThat(decide(OrderStatus.CONFIRMED, PaymentState.AWAITING, true)).isEqualTo(NOTHING);
        assertThat(decide(OrderStatus.CONFIRMED, PaymentState.CANCELED, false)).isEqualTo(FLAG);
    }

    @Test
    void nobodyPaysForAnOrderThatCannotBeFulfilled() {
        for (OrderStatus closed : List.of(OrderStatus.EXPIRED, OrderStatus.CANCELLED)) {
            assertThat(decide(closed, PaymentState.AUTHORIZED, false)).isEqualTo(CANCEL_AUTHORIZATION);
            assertThat(decide(closed, PaymentState.CAPTURED, false)).isEqualTo(REFUND);
            assertThat(decide(closed, PaymentState.AWAITING, true)).isEqualTo(NOTHING);
            assertThat(decide(closed, PaymentState.CANCELED, false)).isEqualTo(NOTHING);
        }
    }

    @Test
    void aRefundedOrderIgnoresLatePaymentEvents() {
        for (PaymentState payment : PaymentState.values()) {
            assertThat(decide(OrderStatus.REFUNDED, payment, false)).isEqualTo(NOTHING);
            // A partly refunded order is paid and booked: a late or repeated payment event changes nothing.
            assertThat(decide(OrderStatus.PARTIALLY_REFUNDED, payment, false)).isEqualTo(NOTHING);
            assertThat(decide(OrderStatus.PARTIALLY_REFUNDED, payment, true)).isEqualTo(NOTHING);
        }
    }

    /**
     * Applying the rules to their own result converges: once an action moved the order where it
     * leads, deciding again (a duplicate or late event) asks for nothing that changes money or seats
     * twice. Each action's effect on the order is modelled here as the consumer performs it.
     */
    @Test
    void repeatingAnyEventAfterItsActionChangesNothingMore() {
        Map<Action, OrderStatus> after = new EnumMap<>(Action.class);
        after.put(BOOK, OrderStatus.CONFIRMED);
        after.put(CANCEL_ORDER, OrderStatus.CANCELLED);
        List<String> problems = new ArrayList<>();
        for (OrderStatus order : OrderStatus.values()) {
            for (PaymentState payment : PaymentState.values()) {
                Action first = decide(order, payment, false);
                OrderStatus next = after.getOrDefault(first, order);
                PaymentState paymentNext = switch (first) {
                    case FINISH, BOOK -> PaymentState.CAPTURED;
                    case CANCEL_AUTHORIZATION -> PaymentState.CANCELED;
                    default -> payment;
                };
                Action second = decide(next, paymentNext, false);
                if (second == BOOK || second == CANCEL_AUTHORIZATION || second == CANCEL_ORDER) {
                    problems.add(order + "/" + payment + " -> " + first + " then " + second);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stripeStatusesMapToPaymentStates() {
        assertThat(PaymentState.ofStripe("requires_payment_method")).isEqualTo(PaymentState.AWAITING);
        assertThat(PaymentState.ofStripe("requires_confirmation")).isEqualTo(PaymentState.AWAITING);
        assertThat(PaymentState.ofStripe("processing")).isEqualTo(PaymentState.AWAITING);
        assertThat(PaymentState.ofStripe("requires_capture")).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(PaymentState.ofStripe("succeeded")).isEqualTo(PaymentState.CAPTURED);
        assertThat(PaymentState.ofStripe("canceled")).isEqualTo(PaymentState.CANCELED);
    }
}
