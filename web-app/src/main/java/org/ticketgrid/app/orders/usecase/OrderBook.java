package org.ticketgrid.app.orders.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.TicketCodes;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.persistence.Tickets;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.notifications.NotificationKind;

/**
 * The booking's PostgreSQL transactions: an order and its tickets are written (or voided) together,
 * under the order's row lock, or not at all.
 */
@Component
class OrderBook {

    /** What writing a confirmation came to. */
    enum Written {
        /** The order is CONFIRMED with one valid ticket per seat. */
        CONFIRMED,
        /** The order was no longer PENDING_PAYMENT (someone else moved it); nothing written. */
        MOVED,
        /** A seat already has a valid ticket of another order (the unique index); nothing written. */
        SEAT_SOLD
    }

    private final Orders orders;
    private final Tickets tickets;
    private final SaleCatalog catalog;
    private final TransactionTemplate transactions;
    private final Outbox outbox;

    OrderBook(Orders orders, Tickets tickets, SaleCatalog catalog, PlatformTransactionManager transactions,
            Outbox outbox) {
        this.outbox = outbox;
        this.orders = orders;
        this.tickets = tickets;
        this.catalog = catalog;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** One transaction: the tickets (each with a fresh code) and the order CONFIRMED. */
    Written confirm(OrderRow order) {
        try {
            return transactions.execute(tx -> {
                OrderRow locked = orders.lock(order.id()).orElseThrow();
                if (locked.status() != OrderStatus.PENDING_PAYMENT) {
                    return Written.MOVED;
                }
                tickets.insert(order.id(), order.eventId(), ticketsFor(order));
                orders.transition(order.id(), OrderStatus.PENDING_PAYMENT, OrderStatus.CONFIRMED, null);
                return Written.CONFIRMED;
            });
        } catch (DataIntegrityViolationException e) {
            return Written.SEAT_SOLD;
        }
    }

    /**
     * One transaction: the capture recorded and, the first time only, ORDER_CONFIRMED in the outbox
     * (the notifications pipeline mails the tickets; nothing is rendered or sent here).
     */
    void captured(OrderRow order) {
        transactions.executeWithoutResult(tx -> {
            if (orders.markCaptured(order.id())) {
                outbox.record(NotificationKind.ORDER_CONFIRMED, UUID.fromString(order.accountId()),
                        order.id().toString(), Map.of("eventId", order.eventId().toString()));
            }
        });
    }

    /** One transaction: an unpaid order moved to {@code to} for {@code reason}, and ORDER_CANCELLED recorded. */
    boolean end(OrderRow order, OrderStatus to, String reason) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!orders.transition(order.id(), OrderStatus.PENDING_PAYMENT, to, reason)) {
                return false;
            }
            ended(order, to, reason);
            return true;
        }));
    }

    /** Records ORDER_CANCELLED (with the order's new status and reason); within the caller's transaction. */
    void ended(OrderRow order, OrderStatus to, String reason) {
        outbox.record(NotificationKind.ORDER_CANCELLED, UUID.fromString(order.accountId()), order.id().toString(),
                Map.of("eventId", order.eventId().toString(), "status", to.name(), "reason", reason));
    }

    /** One transaction: a CONFIRMED order CANCELLED for {@code reason}, its tickets voided. */
    void unconfirm(UUID orderId, String reason) {
        transactions.executeWithoutResult(tx -> {
            if (orders.transition(orderId, OrderStatus.CONFIRMED, OrderStatus.CANCELLED, reason)) {
                tickets.voidAll(orderId);
                orders.byId(orderId).ifPresent(o -> ended(o, OrderStatus.CANCELLED, reason));
            }
        });
    }

    private List<Tickets.NewTicket> ticketsFor(OrderRow order) {
        SaleCatalog.Offer offer = catalog.offer(order.eventId());
        List<Tickets.NewTicket> rows = new ArrayList<>();
        for (long seat : order.seatIds()) {
            long section = new SeatId(seat).sectionId();
            SaleCatalog.Price price = offer.priceOfSection().get(section);
            rows.add(new Tickets.NewTicket(UUID.randomUUID(), section, seat, price == null ? 0 : price.priceCents(),
                    TicketCodes.next()));
        }
        return rows;
    }
}
