package org.ticketgrid.app.reconciliation.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.reconciliation.usecase.Reconcile;
import org.ticketgrid.app.reconciliation.usecase.ReconciliationReports;

/**
 * The admin's reconciliation page: the last run, the findings (all, repaired or reported; the
 * table alone for HTMX), a CSV download and "run now".
 */
@Controller
class ReconciliationPages {

    private final ReconciliationReports reports;

    ReconciliationPages(ReconciliationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/admin/reconciliation")
    String page(@RequestParam(required = false) String action,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String filter = action == null || action.isBlank() ? "ALL" : action.toUpperCase();
        try {
            model.addAttribute("findings", reports.findings(filter));
        } catch (ApiProblems.InvalidRequest e) {
            filter = "ALL";
            model.addAttribute("findings", reports.findings(filter));
        }
        model.addAttribute("action", filter);
        model.addAttribute("lastRun", reports.lastRun().orElse(null));
        return htmx != null ? "reconciliation/admin-reconciliation :: table" : "reconciliation/admin-reconciliation";
    }

    @GetMapping("/admin/reconciliation.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String action) {
        String filter = "REPAIRED".equalsIgnoreCase(action) || "REPORTED".equalsIgnoreCase(action) ? action : null;
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"reconciliation.csv\"")
                .body(reports.csv(filter));
    }

    @PostMapping("/admin/reconciliation/run")
    String run(RedirectAttributes redirect) {
        try {
            Reconcile.Report report = reports.runNow(null, null, null);
            redirect.addFlashAttribute("notice", "Run finished: " + report.checked() + " checked, "
                    + report.repaired() + " repaired, " + report.reported() + " reported.");
        } catch (ApiProblems.Conflict e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/admin/reconciliation";
    }
}
