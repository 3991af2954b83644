package org.ticketgrid.app.reconciliation.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.reconciliation.Finding;
import org.ticketgrid.app.reconciliation.FindingsCsv;
import org.ticketgrid.app.reconciliation.ReconciliationProperties;
import org.ticketgrid.app.reconciliation.persistence.FindingStore;

/** What the admin page and API show, and a run on demand with a validated period. */
@Service
public class ReconciliationReports {

    /** The most findings one page or export lists. */
    public static final int LIMIT = 1000;
    private static final Duration MAX_PERIOD = Duration.ofDays(92);

    private final FindingStore store;
    private final Reconcile reconcile;
    private final ReconciliationProperties settings;

    ReconciliationReports(FindingStore store, Reconcile reconcile, ReconciliationProperties settings) {
        this.store = store;
        this.reconcile = reconcile;
        this.settings = settings;
    }

    public List<FindingStore.StoredFinding> findings(String action) {
        return store.latest(parseAction(action), LIMIT);
    }

    public Optional<FindingStore.Run> lastRun() {
        return store.lastRun();
    }

    public String csv(String action) {
        return FindingsCsv.of(findings(action).stream().map(s -> new FindingsCsv.Row(s.finding().kind().name(),
                s.finding().action().name(), s.finding().subject(), s.finding().orderId(),
                s.finding().paymentIntentId(), s.finding().detail(), s.finding().repair(), s.firstSeenAt(),
                s.lastSeenAt())).toList());
    }

    /** Runs now over [from, to) (default: the configured lookback until now), optionally one event. */
    public Reconcile.Report runNow(Instant from, Instant to, UUID eventId) {
        Instant now = Instant.now();
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(settings.lookback()) : from;
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new ApiProblems.InvalidRequest("invalid-period",
                    "The period must start before it ends and span at most " + MAX_PERIOD.toDays() + " days.");
        }
        return reconcile.run(new Reconcile.Scope(start, end, eventId), now)
                .orElseThrow(() -> new ApiProblems.Conflict("reconciliation-running",
                        "Another reconciliation run is in progress; try again when it has finished.", Map.of()));
    }

    private static Finding.Action parseAction(String action) {
        if (action == null || action.isBlank() || "ALL".equalsIgnoreCase(action)) {
            return null;
        }
        try {
            return Finding.Action.valueOf(action.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.InvalidRequest("invalid-filter", "action must be REPAIRED, REPORTED or ALL.");
        }
    }
}
