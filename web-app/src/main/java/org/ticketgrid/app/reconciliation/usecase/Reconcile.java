package org.ticketgrid.app.reconciliation.usecase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.payments.stripe.ProviderRefunds.ListedIntent;
import org.ticketgrid.app.reconciliation.Finding;
import org.ticketgrid.app.reconciliation.ReconciliationProperties;
import org.ticketgrid.app.reconciliation.persistence.FindingStore;

/**
 * One reconciliation run over a period: the provider's intents created in it and our orders created
 * in it (of this deployment's payment scope only, {@code ticketgrid.payments.scope}), each intent checked against its order ({@link PaymentChecks}), then the valid tickets of
 * the confirmed orders against the grid ({@link SeatChecks}); every finding recorded. Only one run
 * at a time in the whole system: a session-level PostgreSQL advisory lock, tried without waiting,
 * on a connection held for the run (a second instance's run at the same moment is skipped). The
 * repairs are idempotent anyway, so a run that dies half-way is simply run again.
 */
@Service
public class Reconcile {

    /** What to look at: intents and orders created in [from, to), optionally of one event only. */
    public record Scope(Instant from, Instant to, UUID eventId) {
    }

    /** What a run did. */
    public record Report(UUID runId, Instant startedAt, Instant finishedAt, Scope scope, int checked,
            List<Finding> findings) {

        public long repaired() {
            return findings.stream().filter(f -> f.action() == Finding.Action.REPAIRED).count();
        }

        public long reported() {
            return findings.stream().filter(f -> f.action() == Finding.Action.REPORTED).count();
        }
    }

    /** Any number in the application's advisory-lock space; this one is reconciliation's. */
    public static final long LOCK_KEY = 0x7469636b_72656331L;

    private static final Logger LOG = LoggerFactory.getLogger(Reconcile.class);

    private final DataSource dataSource;
    private final ProviderRefunds provider;
    private final Orders orders;
    private final ReconciliationQueries queries;
    private final PaymentChecks payments;
    private final SeatChecks seats;
    private final FindingStore store;
    private final ReconciliationProperties settings;
    private final String paymentScope;

    Reconcile(DataSource dataSource, ProviderRefunds provider, Orders orders, ReconciliationQueries queries,
            PaymentChecks payments, SeatChecks seats, FindingStore store, ReconciliationProperties settings,
            TicketGridProperties properties) {
        this.dataSource = dataSource;
        this.provider = provider;
        this.orders = orders;
        this.queries = queries;
        this.payments = payments;
        this.seats = seats;
        this.store = store;
        this.settings = settings;
        this.paymentScope = properties.payments().scope();
    }

    /**
     * Runs over {@code scope}, with {@code now} as the time states are judged at (in flight or
     * settled); empty if another run holds the lock.
     */
    public Optional<Report> run(Scope scope, Instant now) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                LOG.info("reconciliation skipped: another run is in progress");
                return Optional.empty();
            }
            try {
                return Optional.of(reconcile(scope, now));
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reconciliation lock: " + e.getMessage(), e);
        }
    }

    private Report reconcile(Scope scope, Instant now) {
        Instant started = Instant.now();
        List<ListedIntent> intents = ours(provider.intentsSince(scope.from(), settings.maxIntents()).stream()
                .filter(i -> i.created().isBefore(scope.to())).toList(), scope);
        Map<String, UUID> orderOf = queries.ordersByIntent(intents.stream().map(ListedIntent::id).toList());
        List<Finding> findings = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        int checked = intents.size();
        for (ListedIntent intent : intents) {
            UUID orderId = orderOf.get(intent.id());
            OrderRow order = orderId == null ? null : orders.byId(orderId).orElse(null);
            if (order != null) {
                seen.add(order.id());
            }
            check(intent, order, now, findings);
        }
        for (UUID id : queries.ordersBetween(paymentScope, scope.from(), scope.to(), scope.eventId())) {
            if (seen.add(id)) {
                checked++;
                OrderRow order = orders.byId(id).orElseThrow();
                if (order.paymentIntentId() == null) {
                    findings.add(Finding.reported(Finding.Kind.CONFIRMED_WITHOUT_PAYMENT, id.toString(),
                            id.toString(), null, "The order is " + order.status() + " but has no payment at all."));
                } else {
                    check(provider.intent(order.paymentIntentId()), order, now, findings);
                }
            }
        }
        findings.addAll(seats.check(seen));
        Instant finished = Instant.now();
        findings.forEach(f -> store.record(f, finished));
        Report report = new Report(UUID.randomUUID(), started, finished, scope, checked, findings);
        store.recordRun(new FindingStore.Run(report.runId(), started, finished, scope.from(), scope.to(),
                report.checked(), (int) report.repaired(), (int) report.reported()));
        LOG.info("reconciliation {}..{}: {} checked, {} repaired, {} reported", scope.from(), scope.to(),
                report.checked(), report.repaired(), report.reported());
        return report;
    }

    private void check(ListedIntent intent, OrderRow order, Instant now, List<Finding> findings) {
        try {
            payments.check(intent, order, now, settings.grace()).ifPresent(findings::add);
        } catch (RuntimeException e) {
            // One bad pair must not stop the run; the next run tries it again.
            LOG.warn("reconciliation of {} failed: {}", intent.id(), e.getMessage(), e);
        }
    }

    /**
     * The intents of this deployment's payment scope and of our events (in scope): another system or
     * deployment sharing the provider account is not ours to repair.
     */
    private List<ListedIntent> ours(List<ListedIntent> intents, Scope scope) {
        Map<ListedIntent, UUID> eventOf = new HashMap<>();
        for (ListedIntent i : intents) {
            UUID event = Ids.orNull(i.metadata().get("eventId"));
            if (event != null && Ids.orNull(i.metadata().get("orderId")) != null
                    && paymentScope.equals(i.metadata().get("scope"))
                    && (scope.eventId() == null || scope.eventId().equals(event))) {
                eventOf.put(i, event);
            }
        }
        Set<UUID> known = queries.knownEvents(Set.copyOf(eventOf.values()));
        return intents.stream().filter(i -> eventOf.containsKey(i) && known.contains(eventOf.get(i))).toList();
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

}
