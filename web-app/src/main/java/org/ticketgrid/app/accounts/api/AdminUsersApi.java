package org.ticketgrid.app.accounts.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.security.AccountPrincipal;
import org.ticketgrid.app.accounts.usecase.AdminUsers;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/** The admin's user list and role changes (ADMIN only, enforced by the API filter chain). */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersApi {

    record RoleRequest(@NotNull String role) {
    }

    record UsersResponse(List<MeApi.ProfileResponse> items, long total, int page, int size) {
    }

    private final AdminUsers admin;

    AdminUsersApi(AdminUsers admin) {
        this.admin = admin;
    }

    @GetMapping
    UsersResponse list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page) {
        AdminUsers.Page result = admin.search(q, page);
        return new UsersResponse(result.items().stream().map(MeApi.ProfileResponse::of).toList(), result.total(),
                result.page(), result.size());
    }

    @PutMapping("/{id}/role")
    MeApi.ProfileResponse changeRole(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String id,
            @Valid @RequestBody RoleRequest request) {
        Role role = Role.parse(request.role()).orElseThrow(() -> new ApiProblems.InvalidRequest("invalid-role",
                "role must be one of CUSTOMER, MERCHANT, ADMIN"));
        return MeApi.ProfileResponse.of(admin.changeRole(me.id(), Ids.uuid(id, "user"), role));
    }
}
