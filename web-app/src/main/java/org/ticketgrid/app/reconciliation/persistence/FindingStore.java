package org.ticketgrid.app.reconciliation.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ticketgrid.app.reconciliation.Finding;

/**
 * The {@code reconciliation_findings} and {@code reconciliation_runs} tables. A finding is kept
 * once per (kind, subject): a later run that sees it again only moves {@code last_seen_at}, and a
 * repaired finding stays REPAIRED with what was done (a later run finds nothing to repair).
 */
@Repository
public class FindingStore {

    /** A finding as stored. */
    public record StoredFinding(UUID id, Finding finding, Instant firstSeenAt, Instant lastSeenAt) {
    }

    /** A run as stored. */
    public record Run(UUID id, Instant startedAt, Instant finishedAt, Instant from, Instant to, int checked,
            int repaired, int reported) {
    }

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Finding f, Instant seenAt) {
        jdbc.sql("""
                INSERT INTO reconciliation_findings (id, kind, subject, order_id, payment_intent_id, detail, action,
                                                     repair, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, subject) DO UPDATE SET detail = excluded.detail, last_seen_at = excluded.last_seen_at,
                       action = CASE WHEN reconciliation_findings.action = 'REPAIRED' THEN 'REPAIRED'
                                     ELSE excluded.action END,
                       repair = coalesce(reconciliation_findings.repair, excluded.repair)""")
                .params(UUID.randomUUID(), f.kind().name(), f.subject(), f.orderId() == null ? null
                        : UUID.fromString(f.orderId()), f.paymentIntentId(), f.detail(), f.action().name(),
                        f.repair(), Timestamp.from(seenAt), Timestamp.from(seenAt))
                .update();
    }

    public void recordRun(Run run) {
        jdbc.sql("""
                INSERT INTO reconciliation_runs (id, started_at, finished_at, period_from, period_to, checked,
                                                 repaired, reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), Timestamp.from(run.startedAt()), Timestamp.from(run.finishedAt()),
                        Timestamp.from(run.from()), Timestamp.from(run.to()), run.checked(), run.repaired(),
                        run.reported())
                .update();
    }

    public Optional<Run> lastRun() {
        return jdbc.sql("""
                SELECT id, started_at, finished_at, period_from, period_to, checked, repaired, reported
                  FROM reconciliation_runs ORDER BY finished_at DESC LIMIT 1""")
                .query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .optional();
    }

    /** The newest findings, optionally of one action (REPAIRED or REPORTED). */
    public List<StoredFinding> latest(Finding.Action action, int limit) {
        return jdbc.sql("""
                SELECT id, kind, subject, order_id, payment_intent_id, detail, action, repair, first_seen_at,
                       last_seen_at
                  FROM reconciliation_findings WHERE (?::text IS NULL OR action = ?)
                 ORDER BY last_seen_at DESC, kind, subject LIMIT ?""")
                .params(action == null ? null : action.name(), action == null ? null : action.name(), limit)
                .query((rs, n) -> new StoredFinding(rs.getObject("id", UUID.class),
                        new Finding(Finding.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                                rs.getString("order_id"), rs.getString("payment_intent_id"), rs.getString("detail"),
                                Finding.Action.valueOf(rs.getString("action")), rs.getString("repair")),
                        rs.getTimestamp("first_seen_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant()))
                .list();
    }
}
