package org.ticketgrid.app.refunds.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.refunds.RefundPolicy;
import org.ticketgrid.app.refunds.RefundProperties;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;

/**
 * {@code POST /api/v1/orders/{id}/refund}: checks who asks and what may still be refunded, writes
 * the refund (PENDING, its tickets claimed) in one transaction under the order's row lock, then
 * has it executed. A repeated or concurrent request for a ticket already in a refund gets 409 and
 * never reaches the provider: the claim on {@code refund_tickets} is the guard.
 */
@Service
public class RequestRefund {

    /** A refund request: why, and which tickets (all the order's valid tickets when empty). */
    public record Command(String reason, List<String> ticketIds) {
    }

    private static final int MAX_REASON = 500;

    private final Orders orders;
    private final RefundStore refunds;
    private final RefundExecution execution;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RefundProperties properties;
    private final Clock clock;

    RequestRefund(Orders orders, RefundStore refunds, RefundExecution execution, JdbcClient jdbc,
            PlatformTransactionManager transactions, RefundProperties properties) {
        this.orders = orders;
        this.refunds = refunds;
        this.execution = execution;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public RefundRow request(String orderId, Command command, Actor actor) {
        OrderRow order = visibleOrder(orderId, actor);
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new ApiProblems.InvalidRequest("invalid-refund",
                    "Give a reason for the refund (1 to " + MAX_REASON + " characters).");
        }
        if (!order.status().isRefundable() || order.paymentIntentId() == null) {
            throw new ApiProblems.Conflict("not-refundable",
                    "Only a paid order can be refunded; this one is " + order.status() + ".",
                    Map.of("status", order.status().name()));
        }
        if (order.capturedAt() == null) {
            throw new ApiProblems.Conflict("payment-not-captured",
                    "The payment of this order is still being captured; try again in a moment.", Map.of());
        }
        List<RefundStore.OrderTicket> chosen = choose(order, command.ticketIds());
        RefundRow done = claimAndExecute(order, chosen, reason, actor.id().toString());
        if ("FAILED".equals(done.status())) {
            // The provider said no for good (e.g. the payment was refunded elsewhere); the tickets'
            // claims are released, nothing changed.
            throw new ApiProblems.Conflict("refund-refused", "The payment provider refused this refund.",
                    Map.of("providerCode", String.valueOf(done.failure())));
        }
        return done;
    }

    /** Why every ticket of a cancelled event is refunded (the buyer reads it in the refund mail). */
    public static final String EVENT_CANCELLED = "The event was cancelled by its organizer.";
    /** Who asked, for a refund no person asked for. */
    public static final String SYSTEM = "system:event-cancelled";

    /**
     * Refunds every ticket of a paid, captured order that is not refunded or being refunded yet,
     * because its event was cancelled; no person asks, so no policy applies. Empty when nothing is
     * left to refund (already done, or done by a concurrent run: the ticket claims decide).
     */
    public Optional<RefundRow> refundForCancelledEvent(UUID orderId) {
        OrderRow order = orders.byId(orderId).orElse(null);
        if (order == null || !order.status().isRefundable() || order.paymentIntentId() == null
                || order.capturedAt() == null) {
            return Optional.empty();
        }
        List<RefundStore.OrderTicket> refundable = refunds.ticketsOf(orderId).stream()
                .filter(t -> "VALID".equals(t.status()) && !t.inRefund()).toList();
        if (refundable.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(claimAndExecute(order, refundable, EVENT_CANCELLED, SYSTEM));
        } catch (ApiProblems.Conflict alreadyClaimed) {
            return Optional.empty();
        }
    }

    /** Writes the refund with its ticket claims under the order's row lock, then has it executed. */
    private RefundRow claimAndExecute(OrderRow order, List<RefundStore.OrderTicket> chosen, String reason,
            String requestedBy) {
        RefundRow refund = new RefundRow(UUID.randomUUID(), order.id(), order.paymentIntentId(),
                chosen.stream().mapToLong(RefundStore.OrderTicket::priceCents).sum(), order.currency(), reason,
                requestedBy, "PENDING", null, null, chosen.stream().map(RefundStore.OrderTicket::id).toList(),
                null, null, null);
        try {
            transactions.executeWithoutResult(tx -> {
                OrderRow locked = orders.lock(order.id()).orElseThrow();
                if (!locked.status().isRefundable()) {
                    throw alreadyRefunded();
                }
                // A person's refund: not for a ticket let in at the door since it was chosen. A
                // cancelled event refunds every ticket, used or not.
                if (!SYSTEM.equals(requestedBy) && refunds.anyCheckedIn(refund.ticketIds())) {
                    throw checkedIn();
                }
                refunds.insert(refund);
            });
        } catch (DataIntegrityViolationException e) {
            throw alreadyRefunded(); // a concurrent request claimed one of these tickets first
        }
        return execution.execute(refund.id());
    }

    /**
     * What a refund page shows before anything is asked: who asks, whether they may, until when the
     * buyer may, and the tickets that can still be refunded. "Not found" for anybody who may not
     * see the order, exactly as {@link #request} answers them.
     */
    public record Preview(OrderRow order, String eventName, Instant eventStartsAt, RefundPolicy.Asker asker,
            RefundPolicy.Verdict verdict, Instant buyerDeadline, List<RefundStore.OrderTicket> refundable) {

        /** Whether a refund can be asked for now: allowed, paid, captured, and something left to refund. */
        public boolean open() {
            return verdict == RefundPolicy.Verdict.ALLOWED && order.status().isRefundable()
                    && order.capturedAt() != null && !refundable.isEmpty();
        }
    }

    public Preview preview(String orderId, Actor actor) {
        Access access = access(orderId, actor);
        List<RefundStore.OrderTicket> refundable = refunds.ticketsOf(access.order().id()).stream()
                .filter(RefundStore.OrderTicket::refundable).toList();
        return new Preview(access.order(), access.eventName(), access.startsAt(), access.asker(), access.verdict(),
                access.startsAt().minus(properties.customerWindow()), refundable);
    }

    private record Access(OrderRow order, String eventName, Instant startsAt, RefundPolicy.Asker asker,
            RefundPolicy.Verdict verdict) {
    }

    private Access access(String orderId, Actor actor) {
        UUID id = Ids.orNull(orderId);
        OrderRow order = id == null ? null : orders.byId(id).orElse(null);
        if (order == null) {
            throw new ApiProblems.NotFound("order");
        }
        var event = jdbc.sql("SELECT merchant_id, starts_at, name FROM events WHERE id = ?").param(order.eventId())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)})
                .single();
        RefundPolicy.Asker asker = actor.admin() ? RefundPolicy.Asker.ADMIN
                : actor.id().equals(event[0]) ? RefundPolicy.Asker.MERCHANT
                : actor.id().toString().equals(order.accountId()) ? RefundPolicy.Asker.OWNER
                : RefundPolicy.Asker.STRANGER;
        Instant startsAt = (Instant) event[1];
        RefundPolicy.Verdict verdict = RefundPolicy.decide(asker, startsAt, properties.customerWindow(),
                clock.instant());
        if (verdict == RefundPolicy.Verdict.HIDDEN) {
            throw new ApiProblems.NotFound("order");
        }
        return new Access(order, (String) event[2], startsAt, asker, verdict);
    }

    private OrderRow visibleOrder(String orderId, Actor actor) {
        Access access = access(orderId, actor);
        if (access.verdict() == RefundPolicy.Verdict.WINDOW_CLOSED) {
            throw new ApiProblems.Forbidden("refund-window-closed",
                    "Refunds of your own order close " + properties.customerWindow().toHours()
                            + " hours before the event starts; ask the organizer.");
        }
        return access.order();
    }

    private List<RefundStore.OrderTicket> choose(OrderRow order, List<String> ticketIds) {
        List<RefundStore.OrderTicket> all = refunds.ticketsOf(order.id());
        List<RefundStore.OrderTicket> refundable = all.stream().filter(RefundStore.OrderTicket::refundable).toList();
        if (ticketIds == null || ticketIds.isEmpty()) {
            if (refundable.isEmpty()) {
                throw all.stream().anyMatch(RefundStore.OrderTicket::checkedIn) ? checkedIn() : alreadyRefunded();
            }
            return refundable;
        }
        Set<UUID> wanted = new HashSet<>();
        for (String text : ticketIds) {
            UUID ticket = Ids.orNull(text);
            if (ticket == null || all.stream().noneMatch(t -> t.id().equals(ticket))) {
                throw new ApiProblems.InvalidRequest("unknown-ticket", "Ticket " + text + " is not in this order.",
                        Map.of("ticketId", String.valueOf(text)));
            }
            wanted.add(ticket);
        }
        if (all.stream().anyMatch(t -> t.checkedIn() && wanted.contains(t.id()))) {
            throw checkedIn();
        }
        List<RefundStore.OrderTicket> chosen = refundable.stream().filter(t -> wanted.contains(t.id())).toList();
        if (chosen.size() != wanted.size()) {
            throw alreadyRefunded();
        }
        return chosen;
    }

    private static ApiProblems.Conflict checkedIn() {
        return new ApiProblems.Conflict("ticket-checked-in",
                "A ticket that was already used at the door cannot be refunded.", Map.of());
    }

    private static ApiProblems.Conflict alreadyRefunded() {
        return new ApiProblems.Conflict("already-refunded",
                "These tickets are already refunded (or being refunded).", Map.of());
    }

}
