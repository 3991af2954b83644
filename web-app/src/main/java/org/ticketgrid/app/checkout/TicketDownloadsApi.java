package org.ticketgrid.app.checkout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The e-ticket files through the API (bearer token): the same files as the pages offer. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Checkout of a hold, and orders with their tickets")
class TicketDownloadsApi {

    private final TicketFiles files;

    TicketDownloadsApi(TicketFiles files) {
        this.files = files;
    }

    @GetMapping("/orders/{orderId}/tickets.pdf")
    @Operation(summary = "Download an order's e-tickets as a PDF",
            description = "One page per valid ticket with its QR code and readable code. Owner or admin only; "
                    + "Cache-Control: private, no-store.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "No such order, not yours, or no valid tickets (problem+json)")
    ResponseEntity<byte[]> pdf(@PathVariable String orderId, Authentication auth) {
        return files.pdf(orderId, auth);
    }

    @GetMapping("/orders/{orderId}/tickets/{ticketId}.png")
    @Operation(summary = "Download one ticket's QR code as a PNG",
            description = "The QR code of a valid ticket's code. Owner or admin only; Cache-Control: private, no-store.")
    @ApiResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png"))
    @ApiResponse(responseCode = "404", description = "No such order or ticket, or not yours (problem+json)")
    ResponseEntity<byte[]> png(@PathVariable String orderId, @PathVariable String ticketId, Authentication auth) {
        return files.png(orderId, ticketId, auth);
    }
}
