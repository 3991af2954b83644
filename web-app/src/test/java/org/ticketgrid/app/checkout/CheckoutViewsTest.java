package org.ticketgrid.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.accounts.BookingHistory;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Tickets;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.documents.ETicket;

/** The decisions and view models of the order pages, without Spring or services. */
class CheckoutViewsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final UUID ORDER = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static final UUID EVENT = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void anUnpaidOrderIsPayableWhileItsHoldRunsAndLostAfter() {
        Instant later = NOW.plusSeconds(60);
        assertThat(OrderProgress.of(OrderStatus.PENDING_PAYMENT, later, null, NOW)).isEqualTo(OrderProgress.PAY);
        assertThat(OrderProgress.of(OrderStatus.PENDING_PAYMENT, later, "insufficient_funds", NOW))
                .isEqualTo(OrderProgress.DECLINED);
        assertThat(OrderProgress.of(OrderStatus.PENDING_PAYMENT, NOW, null, NOW)).isEqualTo(OrderProgress.EXPIRED);
        assertThat(OrderProgress.of(OrderStatus.PENDING_PAYMENT, NOW.minusSeconds(1), "card_declined", NOW))
                .as("a decline after the hold ran out is an expiry: no retry offered").isEqualTo(OrderProgress.EXPIRED);
    }

    @Test
    void finalOrdersGoToTheirPageWhateverTheirHold() {
        for (OrderStatus status : OrderStatus.values()) {
            OrderProgress expected = switch (status) {
                case CONFIRMED, PARTIALLY_REFUNDED, REFUNDED -> OrderProgress.CONFIRMED;
                case EXPIRED -> OrderProgress.EXPIRED;
                case CANCELLED -> OrderProgress.CANCELLED;
                case PENDING_PAYMENT -> null;
            };
            if (expected != null) {
                assertThat(OrderProgress.of(status, NOW.plusSeconds(60), "card_declined", NOW)).isEqualTo(expected);
                assertThat(OrderProgress.whileProcessing(status)).isEqualTo(expected);
            }
        }
    }

    @Test
    void theProcessingPageWaitsForTheFinalWordEvenPastTheHold() {
        assertThat(OrderProgress.whileProcessing(OrderStatus.PENDING_PAYMENT)).isEqualTo(OrderProgress.PROCESSING);
        assertThat(OrderProgress.PROCESSING.path("x")).isEqualTo("/orders/x/processing");
        assertThat(OrderProgress.CONFIRMED.path("x")).isEqualTo("/orders/x");
        assertThat(OrderProgress.DECLINED.path("x")).isEqualTo("/orders/x/failed");
        assertThat(OrderProgress.PAY.path("x")).isEqualTo("/orders/x/pay");
    }

    @Test
    void aDeclineOffersAnotherCardAndAnExpiryOrCancellationLeadsBackToTheEvent() {
        Failure declined = Failure.of(OrderProgress.DECLINED, "insufficient_funds", "o1", "e1");
        assertThat(declined.retry()).isTrue();
        assertThat(declined.actionPath()).isEqualTo("/orders/o1/pay");
        assertThat(declined.message()).contains("not enough funds").contains("not been charged");

        Failure expired = Failure.of(OrderProgress.EXPIRED, null, "o1", "e1");
        assertThat(expired.retry()).isFalse();
        assertThat(expired.actionPath()).isEqualTo("/events/e1");
        assertThat(expired.title()).isEqualTo("Your hold has expired");

        Failure cancelled = Failure.of(OrderProgress.CANCELLED, null, "o1", "e1");
        assertThat(cancelled.actionPath()).isEqualTo("/events/e1");
        assertThat(cancelled.message()).contains("not been charged");
        assertThat(cancelled.message()).startsWith("Your seats could not be kept for you.");
        assertThat(Failure.of(OrderProgress.CANCELLED, null, "seats-sold", "o1", "e1").message())
                .contains("went to another buyer").contains("not been charged");
        assertThat(Failure.of(OrderProgress.CANCELLED, null, "hold-limit-reached", "o1", "e1").message())
                .contains("as many tickets for this event as one buyer may have").contains("not been charged");
        assertThat(Failure.of(OrderProgress.CANCELLED, null, "event-cancelled", "o1", "e1").message())
                .contains("event was cancelled").contains("not been charged");
        assertThat(Failure.of(OrderProgress.CANCELLED, null, "something-new", "o1", "e1").message())
                .startsWith("Your seats could not be kept for you.");
        assertThatThrownBy(() -> Failure.of(OrderProgress.PAY, null, "o1", "e1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declineCodesReadAsPlainWordsAndUnknownOnesAsAPlainDecline() {
        assertThat(Failure.declined(null)).isEqualTo("The bank declined the payment.");
        assertThat(Failure.declined("generic_decline")).isEqualTo("The bank declined the payment.");
        assertThat(Failure.declined("<script>")).isEqualTo("The bank declined the payment.");
        assertThat(Failure.declined("expired_card")).isEqualTo("The card has expired.");
    }

    @Test
    void testCardsAreOnlyKnownNamesMappedToStripeTestTokens() {
        assertThat(TestCard.byId("visa")).contains(TestCard.VISA);
        assertThat(TestCard.VISA.token()).isEqualTo("pm_card_visa");
        assertThat(TestCard.byId("declined").orElseThrow().token()).isEqualTo("pm_card_chargeDeclined");
        assertThat(TestCard.byId("insufficient-funds").orElseThrow().token())
                .isEqualTo("pm_card_chargeDeclinedInsufficientFunds");
        assertThat(TestCard.byId("pm_card_visa")).isEmpty();
        assertThat(TestCard.byId("4242424242424242")).isEmpty();
    }

    @Test
    void theCountdownIsDrawnInMinutesAndSecondsAndNeverNegative() {
        assertThat(PaymentView.clock(359_001)).isEqualTo("6:00");
        assertThat(PaymentView.clock(61_000)).isEqualTo("1:01");
        assertThat(PaymentView.clock(-5)).isEqualTo("0:00");
        assertThat(PaymentView.millisLeft(NOW.plusSeconds(5), NOW)).isEqualTo(5000);
        assertThat(PaymentView.millisLeft(NOW.minusSeconds(5), NOW)).isZero();
        assertThat(PaymentView.millisLeft(null, NOW)).isZero();
    }

    @Test
    void theConfirmationShowsAQrCodePerValidTicketAndNoCodeForAVoidedOne() {
        UUID valid = UUID.randomUUID();
        UUID voided = UUID.randomUUID();
        OrderQueries.OrderView view = new OrderQueries.OrderView(order(OrderStatus.CONFIRMED), "Nocturne",
                NOW.plusSeconds(86_400), List.of(
                        new Tickets.TicketRow(valid, ORDER, 1, "Floor, row A, seat 1", "K7QX2M9TZR4WB6NPJ3HC5VDAEY", "VALID"),
                        new Tickets.TicketRow(voided, ORDER, 2, "Floor, row A, seat 2", "AAAABBBBCCCCDDDDEEEEFFFFGG", "VOID")));
        List<OrderETickets.Issued> issued = List.of(
                new OrderETickets.Issued(valid, "VALID", ticket("K7QX2M9TZR4WB6NPJ3HC5VDAEY", "Floor, row A, seat 1")),
                new OrderETickets.Issued(voided, "VOID", ticket("AAAABBBBCCCCDDDDEEEEFFFFGG", "Floor, row A, seat 2")));

        ConfirmationView page = ConfirmationView.of(view, issued, "90.00 EUR");

        assertThat(page.reference()).isEqualTo("0F1E2D3C");
        assertThat(page.venue()).isEqualTo("Arena Nord, Lyon");
        assertThat(page.when()).isEqualTo("Thursday 26 November 2026, 10:00 CET");
        assertThat(page.pdfPath()).isEqualTo("/orders/" + ORDER + "/tickets.pdf");
        assertThat(page.validCount()).isEqualTo(1);
        ConfirmationView.Card shown = page.tickets().get(0);
        assertThat(shown.svg()).startsWith("<svg").contains("class=\"qr\"")
                .contains("aria-label=\"QR code of the ticket for Floor, row A, seat 1\"");
        assertThat(shown.readableCode()).isEqualTo("K7QX-2M9T-ZR4W-B6NP-J3HC-5VDA-EY");
        assertThat(shown.pngPath()).isEqualTo("/orders/" + ORDER + "/tickets/" + valid + ".png");
        ConfirmationView.Card cancelled = page.tickets().get(1);
        assertThat(cancelled.valid()).isFalse();
        assertThat(cancelled.svg()).isEmpty();
        assertThat(cancelled.readableCode()).isNull();
        assertThat(cancelled.pngPath()).isNull();
    }

    @Test
    void anOrderWithoutValidTicketsOffersNoPdf() {
        UUID voided = UUID.randomUUID();
        OrderQueries.OrderView view = new OrderQueries.OrderView(order(OrderStatus.REFUNDED), "Nocturne", NOW,
                List.of(new Tickets.TicketRow(voided, ORDER, 2, "Floor", "AAAABBBBCCCCDDDDEEEEFFFFGG", "VOID")));
        ConfirmationView page = ConfirmationView.of(view,
                List.of(new OrderETickets.Issued(voided, "VOID", ticket("AAAABBBBCCCCDDDDEEEEFFFFGG", "Floor"))), "0.00 EUR");
        assertThat(page.pdfPath()).isNull();
        assertThat(page.status()).isEqualTo("REFUNDED");
    }

    @Test
    void theBookingHistoryLinksTheOrderItsPdfAndThePaymentWhileUnpaid() {
        var ticket = new BookingHistory.Ticket("t1", "Floor", "CODE");
        BookingHistory.Links confirmed = new BookingHistory.Order("o1", "CONFIRMED", "E", NOW, 100, "EUR", NOW,
                List.of(ticket)).links();
        assertThat(confirmed.page()).isEqualTo("/orders/o1");
        assertThat(confirmed.ticketsPdf()).isEqualTo("/orders/o1/tickets.pdf");
        assertThat(confirmed.apiTicketsPdf()).isEqualTo("/api/v1/orders/o1/tickets.pdf");
        assertThat(confirmed.pay()).isNull();
        BookingHistory.Links pending = new BookingHistory.Order("o2", "PENDING_PAYMENT", "E", NOW, 100, "EUR", NOW,
                List.of()).links();
        assertThat(pending.ticketsPdf()).isNull();
        assertThat(pending.pay()).isEqualTo("/orders/o2/pay");
        assertThat(new BookingHistory.Order("o3", "REFUNDED", "E", NOW, 100, "EUR", NOW, List.of()).links()
                .ticketsPdf()).isNull();
    }

    @Test
    void onlyTheProductionPaymentPageMayLoadStripeJsAndStillNoInlineScript() {
        assertThat(StripeJs.PAYMENT_PAGE_CSP).contains("script-src 'self' https://js.stripe.com;")
                .contains("frame-src https://js.stripe.com https://hooks.stripe.com")
                .contains("connect-src 'self' https://api.stripe.com").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(StripeJs.SCRIPT).isEqualTo("https://js.stripe.com/v3/");
    }

    private static OrderRow order(OrderStatus status) {
        return new OrderRow(ORDER, EVENT, UUID.randomUUID().toString(), 7, status, 9000, "EUR", new long[] {1, 2},
                "pi_1", NOW.plusSeconds(60), null, null, NOW, NOW, NOW, "ticketgrid");
    }

    private static ETicket ticket(String code, String place) {
        return new ETicket(code, "Nocturne", "Arena Nord", "Lyon", Instant.parse("2026-11-26T09:00:00Z"),
                "Europe/Paris", "Floor", place, "Ada", "0F1E2D3C");
    }
}
