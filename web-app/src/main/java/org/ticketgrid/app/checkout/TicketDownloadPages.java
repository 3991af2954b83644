package org.ticketgrid.app.checkout;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Ticket downloads from the pages (session cookie): the order's PDF and one PNG per ticket. */
@Controller
class TicketDownloadPages {

    private final TicketFiles files;

    TicketDownloadPages(TicketFiles files) {
        this.files = files;
    }

    @GetMapping("/orders/{orderId}/tickets.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String orderId, Authentication auth) {
        return files.pdf(orderId, auth);
    }

    @GetMapping("/orders/{orderId}/tickets/{ticketId}.png")
    ResponseEntity<byte[]> png(@PathVariable String orderId, @PathVariable String ticketId, Authentication auth) {
        return files.png(orderId, ticketId, auth);
    }
}
