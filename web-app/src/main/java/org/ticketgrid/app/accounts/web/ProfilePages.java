package org.ticketgrid.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.accounts.BookingHistory;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.security.AccountPrincipal;
import org.ticketgrid.app.accounts.usecase.Profiles;
import org.ticketgrid.app.platform.ApiProblems;

/** The signed-in person's pages: profile (name, password) and booking history. */
@Controller
class ProfilePages {

    private final Profiles profiles;
    private final ObjectProvider<BookingHistory> bookings;

    ProfilePages(Profiles profiles, ObjectProvider<BookingHistory> bookings) {
        this.profiles = profiles;
        this.bookings = bookings;
    }

    @GetMapping("/account")
    String profile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("user", profiles.view(me.id()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/profile";
    }

    @PostMapping("/account/profile")
    String rename(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String displayName,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            profiles.rename(me.id(), AuthPages.bounded(displayName, 1000));
        } catch (ApiProblems.InvalidRequest e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("nameError", e.getMessage());
            return profile(me, model);
        }
        redirect.addFlashAttribute("notice", "Your name was saved.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var outcome = profiles.changePassword(me.id(), AuthPages.bounded(currentPassword, 1024),
                AuthPages.bounded(newPassword, 1024), request.getRemoteAddr(), request.getSession().getId());
        String error = switch (outcome) {
            case Profiles.Changed c -> null;
            case Profiles.WrongCurrent w -> "Your current password is not right.";
            case Profiles.Weak w -> w.verdict().message();
            case Profiles.Throttled t -> "Too many attempts. Please wait " + t.retryAfterSeconds() + " seconds.";
        };
        if (error == null) {
            redirect.addFlashAttribute("notice", "Your password was changed. Every other session was signed out.");
            return "redirect:/account";
        }
        response.setStatus(outcome instanceof Profiles.Throttled ? HttpStatus.TOO_MANY_REQUESTS.value()
                : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("passwordError", error);
        return profile(me, model);
    }

    @GetMapping("/account/bookings")
    String bookings(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("orders", bookings.getIfAvailable(() -> BookingHistory.NONE).ordersOf(me.id()));
        return "accounts/bookings";
    }
}
