package org.ticketgrid.app.orders.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.usecase.Checkout;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.holds.Hold;

/** Checkout (hold to order and PaymentIntent) and orders. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Checkout of a hold, and orders with their tickets")
class OrderApi {

    record CheckoutResponse(String orderId, String status, String paymentIntentId, String clientSecret,
            String publishableKey, long totalCents, String currency, String holdId, Instant holdExpiresAt) {

        static CheckoutResponse of(Checkout.Started started) {
            OrderRow o = started.order();
            return new CheckoutResponse(o.id().toString(), o.status().name(), started.paymentIntentId(),
                    started.clientSecret(), started.publishableKey(), o.totalCents(), o.currency(),
                    Hold.formatId(o.holdId()), o.holdExpiresAt());
        }
    }

    record TicketResponse(String id, String seatId, String seat, String code, String status) {
    }

    record OrderResponse(String orderId, @io.swagger.v3.oas.annotations.media.Schema(description = "PENDING_PAYMENT, "
            + "CONFIRMED, EXPIRED, CANCELLED, REFUNDED, or PARTIALLY_REFUNDED (an extension: some tickets refunded, "
            + "the others still valid)") String status, String statusReason, String paymentError, String eventId,
            String eventName, long totalCents, String currency, String paymentIntentId, Instant createdAt,
            Instant confirmedAt, Instant holdExpiresAt, List<TicketResponse> tickets) {

        static OrderResponse of(OrderQueries.OrderView view) {
            OrderRow o = view.order();
            return new OrderResponse(o.id().toString(), o.status().name(), o.statusReason(), o.paymentError(),
                    o.eventId().toString(), view.eventName(), o.totalCents(), o.currency(), o.paymentIntentId(),
                    o.createdAt(), o.confirmedAt(), o.holdExpiresAt(),
                    view.tickets().stream().map(t -> new TicketResponse(t.id().toString(), Long.toString(t.seatId()),
                            t.seat(), t.code(), t.status())).toList());
        }
    }

    private final Checkout checkout;
    private final OrderQueries queries;

    OrderApi(Checkout checkout, OrderQueries queries) {
        this.checkout = checkout;
        this.queries = queries;
    }

    @PostMapping("/holds/{holdId}/checkout")
    @Operation(summary = "Check out a hold",
            description = "Creates the order (PENDING_PAYMENT) and a PaymentIntent with manual capture for the "
                    + "hold's seats at the catalog's prices, and freezes the hold while the buyer pays (up to a cap). "
                    + "Pay by confirming the intent at the provider with the clientSecret. Checking out the same hold "
                    + "again answers the same order (200).")
    @ApiResponse(responseCode = "201", description = "Order created")
    @ApiResponse(responseCode = "200", description = "The hold's existing order")
    @ApiResponse(responseCode = "404", description = "No such hold, or not yours (problem+json)")
    @ApiResponse(responseCode = "409", description = "The hold expired or lost its seats: code hold-expired")
    ResponseEntity<CheckoutResponse> checkout(@PathVariable String holdId, Principal principal) {
        Checkout.Started started = checkout.checkout(holdId, principal.getName());
        CheckoutResponse body = CheckoutResponse.of(started);
        if (!started.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/orders/" + body.orderId()))
                .body(body);
    }

    @GetMapping("/orders/{orderId}")
    @Operation(summary = "Read an order", description = "The order with its tickets; its owner or an admin only.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order, or not yours (problem+json)")
    OrderResponse order(@PathVariable String orderId, Authentication authentication) {
        return OrderResponse.of(queries.find(orderId, Actor.of(authentication)));
    }
}
