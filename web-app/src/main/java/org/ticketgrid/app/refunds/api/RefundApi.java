package org.ticketgrid.app.refunds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.usecase.RequestRefund;

/** Refunds of an order, whole or by ticket. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Checkout of a hold, and orders with their tickets")
class RefundApi {

    record RefundRequest(@Schema(description = "Why (shown to the buyer), 1 to 500 characters") String reason,
            @Schema(description = "Tickets to refund; all the order's valid tickets when absent") List<String> ticketIds) {
    }

    record RefundResponse(String refundId, String orderId, @Schema(description = "PENDING, SUCCEEDED or FAILED")
            String status, long amountCents, String currency, List<String> ticketIds, String providerRefundId,
            String failure, Instant createdAt) {

        static RefundResponse of(RefundRow r) {
            return new RefundResponse(r.id().toString(), r.orderId().toString(), r.status(), r.amountCents(),
                    r.currency(), r.ticketIds().stream().map(Object::toString).toList(), r.stripeRefundId(),
                    r.failure(), r.createdAt());
        }
    }

    private final RequestRefund requestRefund;

    RefundApi(RequestRefund requestRefund) {
        this.requestRefund = requestRefund;
    }

    @PostMapping("/{orderId}/refund")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Refund an order, or some of its tickets",
            description = "The event's merchant and admins may always refund; the buyer until a configurable time "
                    + "before the event starts (ticketgrid.refunds.customer-window, 48 h by default). The refund goes "
                    + "through the payment provider (amount = the chosen tickets' prices); the tickets become VOID, "
                    + "their seats go back on sale, and the order becomes REFUNDED, or PARTIALLY_REFUNDED (an "
                    + "extension of the order statuses) while some tickets stay valid. A mail confirms it. The "
                    + "answer's status is SUCCEEDED when done, or PENDING if the provider could not be reached yet (it "
                    + "is finished in the background); a refusal by the provider is 409 refund-refused.")
    @ApiResponse(responseCode = "202", description = "Refund accepted")
    @ApiResponse(responseCode = "400", description = "No reason, or a ticket not in this order (problem+json)")
    @ApiResponse(responseCode = "403", description = "The buyer, after the refund window closed: code refund-window-closed")
    @ApiResponse(responseCode = "404", description = "No such order, or not the caller's to see (problem+json)")
    @ApiResponse(responseCode = "409", description = "Not refundable: code not-refundable (not paid), "
            + "payment-not-captured, already-refunded (the tickets are refunded or being refunded), or "
            + "refund-refused (the provider said no, e.g. the payment was refunded elsewhere)")
    RefundResponse refund(@PathVariable String orderId, @RequestBody(required = false) RefundRequest body,
            Authentication authentication) {
        RefundRequest request = body == null ? new RefundRequest(null, null) : body;
        return RefundResponse.of(requestRefund.request(orderId,
                new RequestRefund.Command(request.reason(), request.ticketIds()), Actor.of(authentication)));
    }
}
