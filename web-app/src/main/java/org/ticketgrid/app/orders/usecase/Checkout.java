package org.ticketgrid.app.orders.usecase;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.holds.usecase.HoldLimits;
import org.ticketgrid.app.holds.usecase.HoldSeats;
import org.ticketgrid.app.holds.usecase.ReleaseHold;
import org.ticketgrid.app.holds.HoldFreeze;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.SeatId;

/**
 * Turns a buyer's hold into an order awaiting payment and a Stripe PaymentIntent (manual
 * capture). One order per hold ({@code orders.hold_id} is unique): checking out the same hold
 * again answers the same order and intent. The intent is created with the idempotency key
 * {@code checkout-<orderId>}, so a retry after a crash between the two steps gets the same intent.
 * The hold is frozen for the payment (its expiry pushed out, up to a cap from when it was placed).
 */
@Service
public class Checkout {

    /** The order and what the browser needs to pay it. */
    public record Started(OrderRow order, String paymentIntentId, String clientSecret, String publishableKey,
            boolean created) {
    }

    private final ReleaseHold holdsOfBuyer;
    private final HoldSeats holdSeats;
    private final SaleCatalog catalog;
    private final Orders orders;
    private final PaymentIntents intents;
    private final TicketGridProperties.Payments settings;
    private final HoldLimits limits;

    Checkout(ReleaseHold holdsOfBuyer, HoldSeats holdSeats, HoldLimits limits, SaleCatalog catalog, Orders orders,
            PaymentIntents intents, TicketGridProperties properties) {
        this.holdsOfBuyer = holdsOfBuyer;
        this.holdSeats = holdSeats;
        this.limits = limits;
        this.catalog = catalog;
        this.orders = orders;
        this.intents = intents;
        this.settings = properties.payments();
    }

    public Started checkout(String holdId, String accountId) {
        Hold hold = holdsOfBuyer.find(holdId, accountId); // 404 for anybody else's hold
        var existing = orders.byHold(hold.holdId());
        if (existing.isPresent()) {
            return resume(existing.get(), false);
        }
        long now = System.currentTimeMillis();
        if (hold.releasedAt() != 0 || hold.isExpired(now)) {
            throw expired(hold);
        }
        long until = HoldFreeze.until(now, hold.createdAt(), hold.expiresAt(), settings.checkoutExtension(),
                settings.holdCap());
        if (!holdSeats.extend(hold.eventId(), hold.holdId(), hold.seatIds(), until)) {
            throw expired(hold);
        }
        // The frozen hold keeps counting against the buyer's per-event limit while they pay.
        limits.extend(hold.eventId(), accountId, hold.holdId(), until);
        UUID orderId = UUID.randomUUID();
        boolean inserted = orders.insertPending(orderId, UUID.fromString(hold.eventId()), accountId, hold.holdId(),
                priceOf(hold), hold.currency(), hold.seatIds(), Instant.ofEpochMilli(until), settings.scope());
        // A concurrent checkout of the same hold may have won: both answer its order.
        OrderRow order = orders.byHold(hold.holdId()).orElseThrow();
        return resume(order, inserted);
    }

    /** The total from the catalog's prices now, never from anything the client sent. */
    private long priceOf(Hold hold) {
        SaleCatalog.Offer offer = catalog.offer(UUID.fromString(hold.eventId()));
        long total = 0;
        for (long seat : hold.seatIds()) {
            SaleCatalog.Price price = offer.priceOfSection().get(new SeatId(seat).sectionId());
            if (price == null || !price.currency().equals(hold.currency())) {
                throw new ApiProblems.Conflict("not-on-sale", "These seats are no longer on sale.", Map.of());
            }
            total += price.priceCents();
        }
        return total;
    }

    private Started resume(OrderRow order, boolean created) {
        if (order.status() == OrderStatus.EXPIRED) {
            throw new ApiProblems.Conflict("hold-expired", "This hold expired before it was paid. Hold the seats again.",
                    Map.of("orderId", order.id().toString()));
        }
        if (order.status().isFinal()) {
            throw new ApiProblems.Conflict("order-closed", "The order of this hold is " + order.status().name()
                    .toLowerCase() + ".", Map.of("orderId", order.id().toString(), "status", order.status().name()));
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT || order.paymentIntentId() != null) {
            String secret = order.status() == OrderStatus.PENDING_PAYMENT
                    ? intents.retrieve(order.paymentIntentId()).clientSecret() : null;
            return new Started(order, order.paymentIntentId(), secret, settings.publishableKey(), created);
        }
        PaymentIntents.Intent intent = intents.create(order.totalCents(), order.currency(),
                "TicketGrid order " + order.id(),
                Map.of("orderId", order.id().toString(), "holdId", Hold.formatId(order.holdId()),
                        "eventId", order.eventId().toString(), "scope", settings.scope()),
                "checkout-" + order.id());
        orders.attachPaymentIntent(order.id(), intent.id());
        OrderRow current = orders.byId(order.id()).orElseThrow();
        return new Started(current, intent.id(), intent.clientSecret(), settings.publishableKey(), created);
    }

    private static ApiProblems.Conflict expired(Hold hold) {
        return new ApiProblems.Conflict("hold-expired", "This hold has expired; its seats may be taken. Hold them again.",
                Map.of("holdId", Hold.formatId(hold.holdId()),
                        "expiredAt", Instant.ofEpochMilli(hold.expiresAt()).toString()));
    }
}
