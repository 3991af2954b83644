package org.ticketgrid.app.checkout;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.app.platform.Actor;

/**
 * The ticket files of an order for its owner or an admin, for the pages and the API alike:
 * anybody else gets "not found". A ticket file is as good as the ticket, so the answers are
 * {@code private, no-store}: no shared cache (a CDN, a company proxy) may keep or serve them.
 */
@Component
class TicketFiles {

    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final OrderQueries queries;
    private final OrderETickets etickets;

    TicketFiles(OrderQueries queries, OrderETickets etickets) {
        this.queries = queries;
        this.etickets = etickets;
    }

    ResponseEntity<byte[]> pdf(String orderId, Authentication auth) {
        OrderQueries.OrderView view = queries.find(orderId, Actor.of(auth));
        return file(etickets.pdf(view), PDF, "tickets-" + OrderETickets.reference(view.order().id()) + ".pdf");
    }

    ResponseEntity<byte[]> png(String orderId, String ticketId, Authentication auth) {
        OrderQueries.OrderView view = queries.find(orderId, Actor.of(auth));
        byte[] png = etickets.png(view, ticketId, OrderETickets.DOWNLOAD_SCALE);
        return file(png, MediaType.IMAGE_PNG, "ticket-" + UUID.fromString(ticketId).toString().substring(0, 8)
                + ".png");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
