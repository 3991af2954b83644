package org.ticketgrid.app.accounts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.security.AccountPrincipal;
import org.ticketgrid.app.accounts.usecase.AdminUsers;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * The admin's user list: search as you type and change roles in place. One route serves the
 * full page, or just the table when HTMX asks; a role change answers with the changed row.
 */
@Controller
class AdminPages {

    private final AdminUsers admin;

    AdminPages(AdminUsers admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", admin.search(q, page));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return htmx != null ? "accounts/admin-users :: table" : "accounts/admin-users";
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String id,
            @RequestParam String role, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect) {
        Role next = Role.parse(role).orElseThrow(() -> new ApiProblems.InvalidRequest("invalid-role", "no such role"));
        String notice;
        try {
            var user = admin.changeRole(me.id(), Ids.uuid(id, "user"), next);
            notice = user.email() + " is now " + user.role().name().toLowerCase() + ".";
            model.addAttribute("u", user);
        } catch (ApiProblems.Conflict e) {
            notice = e.getMessage();
            model.addAttribute("u", admin.find(Ids.uuid(id, "user")));
        }
        if (htmx == null || model.getAttribute("u") == null) {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/admin/users";
        }
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("rowNotice", notice);
        return "accounts/admin-user-row :: row";
    }
}
