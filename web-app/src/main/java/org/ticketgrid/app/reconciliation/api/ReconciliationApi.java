package org.ticketgrid.app.reconciliation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.reconciliation.Finding;
import org.ticketgrid.app.reconciliation.persistence.FindingStore;
import org.ticketgrid.app.reconciliation.usecase.Reconcile;
import org.ticketgrid.app.reconciliation.usecase.ReconciliationReports;

/** Reconciliation for admins: the findings (JSON or CSV) and a run on demand. */
@RestController
@RequestMapping("/api/v1/admin/reconciliation")
@Tag(name = "Reconciliation", description = "Orders, tickets and seats against the payment provider (admins)")
class ReconciliationApi {

    record FindingResponse(String kind, String action, String subject, String orderId, String paymentIntentId,
            String detail, String repair, Instant firstSeenAt, Instant lastSeenAt) {

        static FindingResponse of(Finding f, Instant firstSeenAt, Instant lastSeenAt) {
            return new FindingResponse(f.kind().name(), f.action().name(), f.subject(), f.orderId(),
                    f.paymentIntentId(), f.detail(), f.repair(), firstSeenAt, lastSeenAt);
        }
    }

    record FindingsResponse(FindingStore.Run lastRun, List<FindingResponse> items) {
    }

    record RunRequest(Instant from, Instant to, String eventId) {
    }

    record RunResponse(String runId, Instant startedAt, Instant finishedAt, Instant from, Instant to, int checked,
            long repaired, long reported, List<FindingResponse> findings) {
    }

    private final ReconciliationReports reports;

    ReconciliationApi(ReconciliationReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Reconciliation findings", description = "The newest findings (at most 1000), each once "
            + "per kind and subject, with the last run. action: REPAIRED, REPORTED or ALL (default).")
    @ApiResponse(responseCode = "200", description = "Findings")
    @ApiResponse(responseCode = "403", description = "Not an admin (problem+json)")
    FindingsResponse findings(@RequestParam(required = false) String action) {
        return new FindingsResponse(reports.lastRun().orElse(null), reports.findings(action).stream()
                .map(s -> FindingResponse.of(s.finding(), s.firstSeenAt(), s.lastSeenAt())).toList());
    }

    @GetMapping(value = "/findings.csv", produces = "text/csv")
    @Operation(summary = "Reconciliation findings as CSV", description = "The same findings as a CSV download.")
    @ApiResponse(responseCode = "200", description = "CSV")
    ResponseEntity<String> csv(@RequestParam(required = false) String action) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"reconciliation.csv\"")
                .body(reports.csv(action));
    }

    @PostMapping("/run")
    @Operation(summary = "Run reconciliation now", description = "Over [from, to) (default: the configured "
            + "lookback until now), optionally for one event. Repairs what is safe, reports the rest.")
    @ApiResponse(responseCode = "200", description = "The run's report")
    @ApiResponse(responseCode = "400", description = "Bad period or event id: code invalid-period / invalid-event")
    @ApiResponse(responseCode = "409", description = "Another run is in progress: code reconciliation-running")
    RunResponse run(@RequestBody(required = false) @Parameter(description = "optional period and event")
            RunRequest body) {
        RunRequest request = body == null ? new RunRequest(null, null, null) : body;
        UUID eventId = null;
        if (request.eventId() != null) {
            try {
                eventId = UUID.fromString(request.eventId());
            } catch (IllegalArgumentException e) {
                throw new ApiProblems.InvalidRequest("invalid-event", "eventId is not an event id.");
            }
        }
        Reconcile.Report report = reports.runNow(request.from(), request.to(), eventId);
        return new RunResponse(report.runId().toString(), report.startedAt(), report.finishedAt(),
                report.scope().from(), report.scope().to(), report.checked(), report.repaired(), report.reported(),
                report.findings().stream().map(f -> FindingResponse.of(f, report.finishedAt(), report.finishedAt()))
                        .toList());
    }
}
