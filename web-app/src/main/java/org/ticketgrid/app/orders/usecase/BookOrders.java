package org.ticketgrid.app.orders.usecase;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.holds.usecase.HoldLimits;
import org.ticketgrid.app.holds.usecase.HoldSeats;
import org.ticketgrid.app.orders.BookingRules;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.usecase.BookingFaults.Point;
import org.ticketgrid.app.payments.stream.PaymentSignal;
import org.ticketgrid.app.payments.stream.PaymentSignalHandler;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * The booking consumer's work for one payment event. It reads the order (PostgreSQL) and the
 * PaymentIntent (the provider) as they are now, asks {@link BookingRules} what is missing, and
 * does it. Booking is, in this order (ADR 0011):
 *
 * <ol>
 *   <li>push the hold's expiry out a little in the grid (taking back seats the hold lapsed on if
 *       they are still free): if someone else has a seat, stop and cancel the authorization;</li>
 *   <li>one PostgreSQL transaction: the order CONFIRMED and its tickets (the unique index on valid
 *       tickets per seat refuses a seat sold to anyone else);</li>
 *   <li>sell the seats in the grid ({@code ConfirmSeats}, idempotent);</li>
 *   <li>capture the payment (idempotency key per order), recorded with ORDER_CONFIRMED in the
 *       notifications outbox in one transaction (the pipeline mails the tickets, ADR 0035).</li>
 * </ol>
 *
 * A crash anywhere leaves a state from which the redelivered event finishes the rest: after step
 * 2 the order is CONFIRMED and the rules say FINISH (steps 3 and 4), and until step 3 the seats
 * are still held by this hold, frozen, so nobody else can take them.
 */
@Service
public class BookOrders implements PaymentSignalHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BookOrders.class);

    private final Orders orders;
    private final OrderBook book;
    private final HoldSeats holdSeats;
    private final HoldLimits limits;
    private final PaymentIntents intents;
    private final BookingFaults faults;
    private final SaleCatalog catalog;
    private final long marginMillis;
    private final String scope;

    BookOrders(Orders orders, OrderBook book, HoldSeats holdSeats, HoldLimits limits, PaymentIntents intents,
            BookingFaults faults, SaleCatalog catalog, TicketGridProperties properties) {
        this.catalog = catalog;
        this.orders = orders;
        this.book = book;
        this.holdSeats = holdSeats;
        this.limits = limits;
        this.intents = intents;
        this.faults = faults;
        this.marginMillis = properties.payments().bookingMargin().toMillis();
        this.scope = properties.payments().scope();
    }

    @Override
    public void handle(PaymentSignal signal) {
        OrderRow order = orders.byId(UUID.fromString(signal.orderId())).orElse(null);
        if (order == null || !signal.paymentIntentId().equals(order.paymentIntentId())
                || !scope.equals(order.paymentScope())) {
            LOG.debug("ignoring {} for {}: not an order of ours", signal.eventId(), signal.paymentIntentId());
            return;
        }
        if (order.status() == OrderStatus.CONFIRMED && order.capturedAt() != null) {
            // Finished: the seats were sold before the capture, and the capture is recorded only
            // once Stripe took the money, so a later event (payment_intent.succeeded, a duplicate)
            // needs no call to Stripe or the grid (the confirmation was recorded with the capture).
            return;
        }
        try {
            settle(order);
        } catch (PaymentIntents.UnknownIntent e) {
            // Retrying cannot help and would hold up the partition: reconciliation must look at it.
            LOG.error("order {}: {}; skipping {}", order.id(), e.getMessage(), signal.eventId());
        }
    }

    /** Brings one order and its payment to where they belong; safe to call any number of times. */
    public void settle(OrderRow order) {
        PaymentIntents.Intent intent = intents.retrieve(order.paymentIntentId());
        PaymentState payment = PaymentState.ofStripe(intent.status());
        if (order.status() == OrderStatus.PENDING_PAYMENT && !matches(order, intent)
                && (payment == PaymentState.AUTHORIZED || payment == PaymentState.CAPTURED)) {
            LOG.error("intent {} does not match order {} (amount {} vs {}): not booking", intent.id(), order.id(),
                    intent.amount(), order.totalCents());
            lose(order, intent, "payment-mismatch");
            return;
        }
        switch (BookingRules.decide(order.status(), payment, intent.declineCode() != null)) {
            case NOTHING -> { }
            case NOTE_DECLINE -> orders.noteDecline(order.id(), intent.declineCode());
            case BOOK -> book(order, intent);
            case FINISH -> finish(order, intent);
            case CANCEL_AUTHORIZATION, REFUND -> giveBack(order, intent);
            case CANCEL_ORDER -> {
                if (book.end(order, OrderStatus.CANCELLED, "payment-canceled")) {
                    release(order);
                }
            }
            case FLAG -> LOG.error("order {} is CONFIRMED but its payment {} is canceled: needs reconciliation",
                    order.id(), intent.id());
        }
    }

    /** The intent is for this order and this amount (never book on anything else). */
    private static boolean matches(OrderRow order, PaymentIntents.Intent intent) {
        return intent.amount() == order.totalCents() && order.id().toString().equals(intent.metadata().get("orderId"));
    }

    private void book(OrderRow order, PaymentIntents.Intent intent) {
        String eventId = order.eventId().toString();
        long now = System.currentTimeMillis();
        if (catalog.offer(order.eventId()).status() == EventStatus.CANCELLED) {
            // The event will not happen: never take the money (its paid orders are being refunded).
            lose(order, intent, "event-cancelled");
            return;
        }
        // Counted first, as a new hold is: a late payment for lapsed seats must fit the buyer's limit.
        if (!limits.recount(eventId, order.accountId(), order.holdId(), order.seatIds().length, now,
                now + marginMillis)) {
            lose(order, intent, "hold-limit-reached");
            return;
        }
        if (!holdSeats.reclaim(eventId, order.holdId(), order.seatIds(), now, now + marginMillis)) {
            lose(order, intent, "seats-lost");
            return;
        }
        switch (book.confirm(order)) {
            case SEAT_SOLD -> {
                LOG.warn("order {}: a seat already has a valid ticket of another order; cancelling", order.id());
                lose(order, intent, "seats-sold");
            }
            // Someone else moved the order meanwhile (expiry sweeper, a parallel delivery): start over.
            case MOVED -> settle(orders.byId(order.id()).orElseThrow());
            case CONFIRMED -> {
                faults.at(Point.AFTER_DATABASE_COMMIT, order.id());
                finish(order, intent);
            }
        }
    }

    /** Steps 3 and 4 for a CONFIRMED order: sell the seats, capture, mail. */
    private void finish(OrderRow order, PaymentIntents.Intent intent) {
        String eventId = order.eventId().toString();
        if (!holdSeats.confirm(eventId, order.holdId(), order.seatIds())) {
            // Only after a crash that outlasted the booking margin, and someone took a seat meanwhile.
            LOG.error("order {} was confirmed but its seats were lost in the grid; cancelling it", order.id());
            book.unconfirm(order.id(), "seats-lost");
            giveBack(order, intent);
            return;
        }
        // Bought seats count against the buyer's per-event limit for good (until a refund).
        limits.confirm(eventId, order.accountId(), order.holdId());
        faults.at(Point.AFTER_GRID_CONFIRM, order.id());
        PaymentIntents.Intent captured = intent;
        if (PaymentState.ofStripe(intent.status()) == PaymentState.AUTHORIZED) {
            captured = intents.capture(intent.id(), "capture-" + order.id());
        }
        switch (PaymentState.ofStripe(captured.status())) {
            case CAPTURED -> { }
            case CANCELED -> {
                // The authorization is gone (expired or cancelled elsewhere): no retry brings it back.
                LOG.error("order {} is CONFIRMED but its payment {} was canceled before capture: needs reconciliation",
                        order.id(), intent.id());
                return;
            }
            default -> throw new IllegalStateException("capture of " + intent.id() + " left it " + captured.status());
        }
        // The capture and ORDER_CONFIRMED in one transaction: the notifications pipeline mails
        // the tickets (QR codes, PDF) off this path.
        book.captured(order);
        faults.at(Point.AFTER_CAPTURE, order.id());
    }

    /** The order cannot be fulfilled: mark it so, free what the hold still has, give the money back. */
    private void lose(OrderRow order, PaymentIntents.Intent intent, String reason) {
        if (book.end(order, OrderStatus.CANCELLED, reason)) {
            release(order);
        }
        giveBack(order, intent);
    }

    /** Frees what the hold still has and stops counting it against the buyer's limit. */
    private void release(OrderRow order) {
        holdSeats.release(order.eventId().toString(), order.holdId(), order.seatIds());
        limits.release(order.eventId().toString(), order.accountId(), order.holdId());
    }

    private void giveBack(OrderRow order, PaymentIntents.Intent intent) {
        switch (PaymentState.ofStripe(intent.status())) {
            case AUTHORIZED, AWAITING -> {
                PaymentIntents.Intent after = intents.cancel(intent.id(), "ABANDONED", "cancel-" + order.id());
                if (PaymentState.ofStripe(after.status()) == PaymentState.CAPTURED) {
                    intents.refund(intent.id(), "refund-" + order.id()); // captured in the meantime
                }
            }
            case CAPTURED -> intents.refund(intent.id(), "refund-" + order.id());
            case CANCELED -> { }
        }
    }
}
