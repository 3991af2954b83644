package org.ticketgrid.app.accounts.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.accounts.BookingHistory;
import org.ticketgrid.app.accounts.persistence.Users.UserRow;
import org.ticketgrid.app.accounts.security.AccountPrincipal;
import org.ticketgrid.app.accounts.usecase.Profiles;
import org.ticketgrid.app.platform.ApiProblems;

/** The caller's own profile, password and booking history. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    record ProfileResponse(UUID id, String email, String displayName, String role, Instant createdAt,
            Instant lastLoginAt) {

        static ProfileResponse of(UserRow user) {
            return new ProfileResponse(user.id(), user.email(), user.displayName(), user.role().name(),
                    user.createdAt(), user.lastLoginAt());
        }
    }

    record ProfilePatch(@Size(max = 1000) String displayName) {
    }

    record PasswordChangeRequest(@Size(max = 1024) String currentPassword, @Size(max = 1024) String newPassword) {
    }

    record OrdersResponse(List<BookingHistory.Order> items) {
    }

    private final Profiles profiles;
    private final ObjectProvider<BookingHistory> bookings;

    MeApi(Profiles profiles, ObjectProvider<BookingHistory> bookings) {
        this.profiles = profiles;
        this.bookings = bookings;
    }

    @GetMapping
    ProfileResponse me(@AuthenticationPrincipal AccountPrincipal me) {
        return ProfileResponse.of(profiles.view(me.id()));
    }

    @PatchMapping
    ProfileResponse patch(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ProfilePatch patch) {
        if (patch.displayName() == null) {
            return me(me);
        }
        return ProfileResponse.of(profiles.rename(me.id(), patch.displayName()));
    }

    /** Changes the password; every API token of the account (this one too) stops working. */
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody PasswordChangeRequest request, HttpServletRequest http) {
        return switch (profiles.changePassword(me.id(), request.currentPassword(), request.newPassword(),
                http.getRemoteAddr(), null)) {
            case Profiles.Changed c -> ResponseEntity.noContent().build();
            case Profiles.WrongCurrent w -> throw new ApiProblems.InvalidRequest("wrong-current-password",
                    "The current password is not right.");
            case Profiles.Weak w -> throw AuthApi.weak(w.verdict());
            case Profiles.Throttled t -> throw new ApiProblems.TooManyRequests(t.retryAfterSeconds());
        };
    }

    /** Orders with their tickets, newest first (empty until the orders feature lands). */
    @GetMapping("/orders")
    OrdersResponse orders(@AuthenticationPrincipal AccountPrincipal me) {
        return new OrdersResponse(bookings.getIfAvailable(() -> BookingHistory.NONE).ordersOf(me.id()));
    }
}
