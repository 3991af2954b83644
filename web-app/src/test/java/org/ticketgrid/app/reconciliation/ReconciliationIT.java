package org.ticketgrid.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.seatStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.holds.usecase.HoldSeats;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.usecase.BookOrders;
import org.ticketgrid.app.orders.usecase.BookingFaults;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.reconciliation.Finding.Action;
import org.ticketgrid.app.reconciliation.Finding.Kind;
import org.ticketgrid.app.reconciliation.usecase.Reconcile;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.TestAccounts;

/**
 * Reconciliation against the real stack: a mismatch of every kind it knows is injected (behind the
 * app's back, at the sandbox, in PostgreSQL or in the grid), then one run must repair the safe ones
 * through the normal steps and report the rest; a second run repairs nothing twice; concurrent runs
 * do not double-repair. No webhook endpoint is registered for this class, so payments reach this
 * app only when a test books them itself (or reconciliation does: the "missed webhook").
 */
@IntegrationTest
class ReconciliationIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Orders orders;
    @Autowired
    BookOrders booking;
    @Autowired
    BookingFaults faults;
    @Autowired
    HoldSeats holdSeats;
    @Autowired
    RefundStore refundStore;
    @Autowired
    ProviderRefunds provider;
    @Autowired
    Reconcile reconcile;
    @Autowired
    org.ticketgrid.app.platform.TicketGridProperties properties;
    Api api;
    Sale sale;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sale = aSale(api);
    }

    @Test
    void everyKindOfMismatchIsFoundSafeOnesRepairedOnceTheRestReported() throws Exception {
        List<Long> s0 = sale.seats().get(0);
        List<Long> s1 = sale.seats().get(1);
        OrderRow notCaptured = crashedAfterGridConfirm(authorized(s0.get(1)));
        OrderRow openAuthorization = authorized(s0.get(2));
        expire(openAuthorization);
        OrderRow capturedExpired = authorized(s0.get(3));
        expire(capturedExpired);
        Payments.STRIPE.v1().paymentIntents().capture(capturedExpired.paymentIntentId());
        PaymentIntent noOrder = capturedWithoutOrder(4500);
        OrderRow seatVoided = booked(s1.get(0));
        holdSeats.revoke(sale.eventId(), seatVoided.holdId(), seatVoided.seatIds());
        OrderRow amountDiffers = booked(s1.get(1));
        jdbc.sql("UPDATE orders SET total_cents = total_cents + 100 WHERE id = ?").param(amountDiffers.id()).update();
        OrderRow refundedBehindBack = booked(s1.get(2));
        Payments.STRIPE.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(refundedBehindBack.paymentIntentId()).setAmount(1000L).build());
        OrderRow refundNotRecorded = booked(s1.get(3));
        RefundRow pending = pendingRefund(refundNotRecorded);
        OrderRow paymentCanceled = crashedAfterGridConfirm(authorized(s1.get(4)));
        Payments.STRIPE.v1().paymentIntents().cancel(paymentCanceled.paymentIntentId());
        OrderRow healthy = booked(s1.get(5));
        // Last, so that its (frozen) hold still has the seat when the run books it.
        OrderRow missedWebhook = authorized(s0.get(0));

        Reconcile.Report first = runLater();

        Map<String, Finding> found = bySubject(first);
        assertFinding(found, missedWebhook, Kind.AUTHORIZED_NOT_BOOKED, Action.REPAIRED);
        assertFinding(found, notCaptured, Kind.CONFIRMED_NOT_CAPTURED, Action.REPAIRED);
        assertFinding(found, openAuthorization, Kind.OPEN_AUTHORIZATION, Action.REPAIRED);
        assertFinding(found, capturedExpired, Kind.CAPTURED_WITHOUT_ORDER, Action.REPAIRED);
        assertThat(found.get(noOrder.getId())).isNotNull()
                .extracting(Finding::kind, Finding::action).containsExactly(Kind.CAPTURED_WITHOUT_ORDER, Action.REPAIRED);
        assertFinding(found, amountDiffers, Kind.AMOUNT_MISMATCH, Action.REPORTED);
        assertFinding(found, refundedBehindBack, Kind.REFUND_MISMATCH, Action.REPORTED);
        assertFinding(found, refundNotRecorded, Kind.REFUND_NOT_RECORDED, Action.REPAIRED);
        assertFinding(found, paymentCanceled, Kind.CONFIRMED_PAYMENT_CANCELED, Action.REPORTED);
        String voidedTicket = jdbc.sql("SELECT id::text FROM tickets WHERE order_id = ?").param(seatVoided.id())
                .query(String.class).single();
        assertThat(found.get(voidedTicket)).isNotNull().extracting(Finding::kind, Finding::action)
                .containsExactly(Kind.TICKET_SEAT_NOT_BOOKED, Action.REPORTED);
        assertThat(found.get(healthy.paymentIntentId())).as("a healthy order is not a finding").isNull();
        assertThat(first.findings()).as("nothing outside the injected mismatches").hasSize(10);

        // The repairs, done through the normal steps.
        assertThat(status(missedWebhook)).isEqualTo("CONFIRMED");
        assertThat(Payments.intent(missedWebhook.paymentIntentId()).getStatus()).isEqualTo("succeeded");
        assertThat(seatStatus(api, sale.eventId(), s0.get(0))).isEqualTo("BOOKED");
        assertThat(Payments.intent(notCaptured.paymentIntentId()).getStatus()).isEqualTo("succeeded");
        assertThat(orders.byId(notCaptured.id()).orElseThrow().capturedAt()).isNotNull();
        assertThat(Payments.intent(openAuthorization.paymentIntentId()).getStatus()).isEqualTo("canceled");
        assertThat(refunds(capturedExpired.paymentIntentId())).containsExactly(4500L);
        assertThat(refunds(noOrder.getId())).containsExactly(4500L);
        assertThat(status(refundNotRecorded)).isEqualTo("REFUNDED");
        assertThat(refundStore.byId(pending.id()).orElseThrow().status()).isEqualTo("SUCCEEDED");
        // The reported ones are left as they were for a person to decide.
        assertThat(seatStatus(api, sale.eventId(), s1.get(0))).isEqualTo("AVAILABLE");
        assertThat(status(seatVoided)).isEqualTo("CONFIRMED");
        assertThat(refunds(refundedBehindBack.paymentIntentId())).containsExactly(1000L);
        assertThat(status(paymentCanceled)).isEqualTo("CONFIRMED");

        // A second run repairs nothing again: the repaired pairs are fine now, the reported ones stay.
        Reconcile.Report second = runLater();
        assertThat(second.findings()).allMatch(f -> f.action() == Action.REPORTED);
        assertThat(second.findings()).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.AMOUNT_MISMATCH,
                Kind.REFUND_MISMATCH, Kind.CONFIRMED_PAYMENT_CANCELED, Kind.TICKET_SEAT_NOT_BOOKED);
        assertThat(refunds(capturedExpired.paymentIntentId())).containsExactly(4500L);
        assertThat(refunds(noOrder.getId())).containsExactly(4500L);
        assertThat(refunds(refundNotRecorded.paymentIntentId())).containsExactly(4500L);
        // Stored once per (kind, subject), repaired ones keep what was done.
        assertThat(jdbc.sql("SELECT action || ':' || coalesce(repair, '') FROM reconciliation_findings"
                + " WHERE kind = 'AUTHORIZED_NOT_BOOKED' AND subject = ?").param(missedWebhook.paymentIntentId())
                .query(String.class).list()).singleElement().asString().startsWith("REPAIRED:settled");
    }

    @Test
    void concurrentRunsDoNotRepairTwiceAndALockedRunIsSkipped() throws Exception {
        List<OrderRow> missed = List.of(authorized(sale.seats().get(0).get(0)), authorized(sale.seats().get(0).get(1)));
        PaymentIntent noOrder = capturedWithoutOrder(7000);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Optional<Reconcile.Report>>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return reconcile.run(scope(), Instant.now().plus(Duration.ofMinutes(15)));
            }));
        }
        start.countDown();
        List<Finding> repaired = new ArrayList<>();
        int ran = 0;
        for (Future<Optional<Reconcile.Report>> run : runs) {
            Optional<Reconcile.Report> report = run.get();
            if (report.isPresent()) {
                ran++;
                report.get().findings().stream().filter(f -> f.action() == Action.REPAIRED).forEach(repaired::add);
            }
        }
        pool.shutdown();

        assertThat(ran).isBetween(1, 3);
        assertThat(repaired).extracting(Finding::subject).containsExactlyInAnyOrder(
                missed.get(0).paymentIntentId(), missed.get(1).paymentIntentId(), noOrder.getId());
        assertThat(refunds(noOrder.getId())).containsExactly(7000L);
        for (OrderRow order : missed) {
            assertThat(status(order)).isEqualTo("CONFIRMED");
            assertThat(Payments.intent(order.paymentIntentId()).getStatus()).isEqualTo("succeeded");
            assertThat(jdbc.sql("SELECT count(*) FROM tickets WHERE order_id = ?").param(order.id())
                    .query(Long.class).single()).isEqualTo(1);
        }

        // While another instance holds the lock, a run is skipped, and the API says so.
        try (Connection other = dataSource.getConnection()) {
            advisory(other, "SELECT pg_advisory_lock(?)");
            try {
                assertThat(reconcile.run(scope(), Instant.now())).isEmpty();
                Api admin = api.withToken(TestAccounts.admin(api).token());
                Api.Response busy = admin.post("/api/v1/admin/reconciliation/run", Map.of("eventId", sale.eventId()));
                assertThat(busy.status()).as(busy.body()).isEqualTo(409);
                assertThat(busy.json().get("code").asText()).isEqualTo("reconciliation-running");
            } finally {
                advisory(other, "SELECT pg_advisory_unlock(?)");
            }
        }
        assertThat(reconcile.run(scope(), Instant.now())).isPresent();
    }

    @Test
    void adminsSeeFindingsOnThePageInTheApiAndAsCsvOthersAreRefused() throws Exception {
        OrderRow amountDiffers = booked(sale.seats().get(1).get(0));
        jdbc.sql("UPDATE orders SET total_cents = total_cents + 1 WHERE id = ?").param(amountDiffers.id()).update();
        Api admin = api.withToken(TestAccounts.admin(api).token());

        Api.Response run = admin.post("/api/v1/admin/reconciliation/run", Map.of("eventId", sale.eventId(),
                "from", Instant.now().minus(Duration.ofHours(1)).toString(),
                "to", Instant.now().plus(Duration.ofHours(1)).toString()));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("reported").asLong()).isEqualTo(1);
        assertThat(run.json().get("findings").get(0).get("kind").asText()).isEqualTo("AMOUNT_MISMATCH");

        JsonNode list = admin.get("/api/v1/admin/reconciliation?action=REPORTED").json();
        assertThat(list.get("items").findValuesAsText("subject")).contains(amountDiffers.paymentIntentId());
        assertThat(list.get("lastRun").get("reported").asInt()).isGreaterThanOrEqualTo(1);
        Api.Response csv = admin.get("/api/v1/admin/reconciliation/findings.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("kind,action,subject,orderId,paymentIntentId,detail,repair,")
                .contains("\"AMOUNT_MISMATCH\",\"REPORTED\",\"" + amountDiffers.paymentIntentId() + "\"");
        assertThat(admin.get("/api/v1/admin/reconciliation?action=nonsense").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/admin/reconciliation/run", Map.of("from", "2026-01-02T00:00:00Z",
                "to", "2026-01-01T00:00:00Z")).status()).isEqualTo(400);

        Api customer = api.withToken(TestAccounts.customer(api).token());
        assertThat(customer.get("/api/v1/admin/reconciliation").status()).isEqualTo(403);
        assertThat(customer.post("/api/v1/admin/reconciliation/run", Map.of()).status()).isEqualTo(403);
        assertThat(TestAccounts.asMerchant(api).get("/api/v1/admin/reconciliation/findings.csv").status())
                .isEqualTo(403);

        Browser browser = new Browser(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        Browser.Page page = browser.get("/admin/reconciliation?action=REPORTED");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Reconciliation</h1>").contains(amountDiffers.paymentIntentId())
                .contains("AMOUNT_MISMATCH").contains("Download CSV").contains("Run now");
        Browser.Page download = browser.get("/admin/reconciliation.csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).contains(amountDiffers.paymentIntentId());
    }

    // --- injecting mismatches -------------------------------------------------------------------

    /**
     * A checkout paid at the sandbox (authorized) whose webhooks are lost for every receiver. The
     * sandbox delivers every event to every registered endpoint, including other apps sharing this
     * database (their booking consumers would book the order); renaming the intent's event in its
     * metadata makes every receiver drop the events as "not one of our events", as if they had never
     * arrived. Reconciliation still finds the order from our side (orders of the period) and the
     * intent by its id.
     */
    private OrderRow authorized(long seat) throws StripeException {
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        JsonNode checkout = org.ticketgrid.app.support.Orders.checkout(buyer,
                org.ticketgrid.app.support.Orders.hold(buyer, sale.eventId(), List.of(seat)));
        Payments.STRIPE.v1().paymentIntents().update(checkout.get("paymentIntentId").asText(),
                com.stripe.param.PaymentIntentUpdateParams.builder()
                        .putMetadata("eventId", UUID.randomUUID().toString()).build());
        Payments.ok(Payments.pay(checkout, "pm_card_visa"));
        return orders.byId(UUID.fromString(checkout.get("orderId").asText())).orElseThrow();
    }

    /** Booked as the consumer would: CONFIRMED, seats sold, captured. */
    private OrderRow booked(long seat) throws StripeException {
        OrderRow order = authorized(seat);
        booking.settle(order);
        OrderRow done = orders.byId(order.id()).orElseThrow();
        assertThat(done.capturedAt()).isNotNull();
        return done;
    }

    /** Booking stopped after the grid confirmed and before the capture. */
    private OrderRow crashedAfterGridConfirm(OrderRow order) {
        faults.arm(order.id(), BookingFaults.Point.AFTER_GRID_CONFIRM);
        assertThatThrownBy(() -> booking.settle(order)).isInstanceOf(BookingFaults.InjectedCrash.class);
        OrderRow after = orders.byId(order.id()).orElseThrow();
        assertThat(after.status().name()).isEqualTo("CONFIRMED");
        assertThat(Payments.intent(order.paymentIntentId()).getStatus()).isEqualTo("requires_capture");
        return after;
    }

    private void expire(OrderRow order) {
        jdbc.sql("UPDATE orders SET status = 'EXPIRED', status_reason = 'hold-expired' WHERE id = ?")
                .param(order.id()).update();
    }

    /** A payment for one of our events (and of this deployment's scope), captured at the provider, with no order of ours. */
    private PaymentIntent capturedWithoutOrder(long amount) throws StripeException {
        PaymentIntent pi = Payments.STRIPE.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(amount).setCurrency("eur").setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .addPaymentMethodType("card").setPaymentMethod("pm_card_visa").setConfirm(true)
                .putMetadata("orderId", UUID.randomUUID().toString()).putMetadata("eventId", sale.eventId())
                .putMetadata("scope", properties.payments().scope()).build());
        return Payments.STRIPE.v1().paymentIntents().capture(pi.getId());
    }

    /** A refund of ours that the provider made but our books never finished (no webhook, no sweeper yet). */
    private RefundRow pendingRefund(OrderRow order) {
        List<UUID> tickets = jdbc.sql("SELECT id FROM tickets WHERE order_id = ?").param(order.id())
                .query(UUID.class).list();
        RefundRow row = new RefundRow(UUID.randomUUID(), order.id(), order.paymentIntentId(), order.totalCents(),
                order.currency(), "lost answer", order.accountId(), "PENDING", null, null, tickets, null, null, null);
        refundStore.insert(row);
        provider.refund(order.paymentIntentId(), order.totalCents(),
                Map.of("refundId", row.id().toString(), "orderId", order.id().toString()), "refund-" + row.id());
        return row;
    }

    // --- running and reading --------------------------------------------------------------------

    private Reconcile.Scope scope() {
        return new Reconcile.Scope(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)),
                UUID.fromString(sale.eventId()));
    }

    /** A run as it would happen a quarter of an hour from now, when nothing is in flight any more. */
    private Reconcile.Report runLater() {
        return reconcile.run(scope(), Instant.now().plus(Duration.ofMinutes(15))).orElseThrow();
    }

    private static Map<String, Finding> bySubject(Reconcile.Report report) {
        Map<String, Finding> found = new HashMap<>();
        report.findings().forEach(f -> found.put(f.subject(), f));
        return found;
    }

    private static void assertFinding(Map<String, Finding> found, OrderRow order, Kind kind, Action action) {
        Finding f = found.get(order.paymentIntentId());
        assertThat(f).as("finding for order " + order.id()).isNotNull();
        assertThat(f.kind()).as(f.toString()).isEqualTo(kind);
        assertThat(f.action()).as(f.toString()).isEqualTo(action);
        assertThat(f.orderId()).isEqualTo(order.id().toString());
    }

    private String status(OrderRow order) {
        return orders.byId(order.id()).orElseThrow().status().name();
    }

    private static List<Long> refunds(String intentId) {
        return Refunds.at(intentId).stream().map(Refund::getAmount).collect(Collectors.toList());
    }

    private static void advisory(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, Reconcile.LOCK_KEY);
            statement.execute();
        }
    }
}
