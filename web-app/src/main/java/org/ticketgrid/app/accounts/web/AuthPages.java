package org.ticketgrid.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.usecase.PasswordReset;
import org.ticketgrid.app.accounts.usecase.Register;

/**
 * The pages of signing up, signing in and resetting a password. Sign-in itself is posted to
 * Spring Security's form login ({@code POST /signin}); these pages render the forms and handle
 * sign-up and reset. Every answer reads the same for known and unknown addresses.
 */
@Controller
class AuthPages {

    private final Register register;
    private final PasswordReset reset;

    AuthPages(Register register, PasswordReset reset) {
        this.register = register;
        this.reset = reset;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("retryAfter", throttled.matches("\\d{1,6}") ? throttled : "60");
        }
        return "accounts/signin";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/signup";
    }

    /** The form as typed back to the page; the password is never sent back. */
    record SignUpForm(String displayName, String email, String password) {
    }

    @PostMapping("/signup")
    String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var outcome = register.register(bounded(email, 320), bounded(password, 1024), bounded(displayName, 1000),
                request.getRemoteAddr());
        return switch (outcome) {
            case Register.Registered r -> "redirect:/signin?registered";
            case Register.Invalid invalid -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("form", new SignUpForm(displayName, email, ""));
                model.addAttribute("errors", invalid.errors());
                model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
                yield "accounts/signup";
            }
            case Register.Throttled t -> throttled(response, model, t.retryAfterSeconds(), "accounts/signup");
        };
    }

    @GetMapping("/forgot-password")
    String forgotForm() {
        return "accounts/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return switch (reset.request(bounded(email, 320), request.getRemoteAddr())) {
            case PasswordReset.Accepted a -> {
                model.addAttribute("sent", true);
                yield "accounts/forgot-password";
            }
            case PasswordReset.Throttled t -> throttled(response, model, t.retryAfterSeconds(),
                    "accounts/forgot-password");
        };
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        if (!reset.isUsable(token)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalidLink", true);
        }
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/reset-password";
    }

    @PostMapping("/reset-password")
    String resetPassword(@RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return switch (reset.confirm(bounded(token, 200), bounded(password, 1024), request.getRemoteAddr())) {
            case PasswordReset.Done d -> "redirect:/signin?reset";
            case PasswordReset.BadToken b -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("invalidLink", true);
                yield "accounts/reset-password";
            }
            case PasswordReset.WeakPassword w -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", List.of(new Register.FieldError("password", w.verdict().code(),
                        w.verdict().message())));
                yield "accounts/reset-password";
            }
        };
    }

    static String throttled(HttpServletResponse response, Model model, long retryAfter, String view) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        model.addAttribute("retryAfter", retryAfter);
        model.addAttribute("form", new SignUpForm("", "", ""));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return view;
    }

    /** Over-long fields are cut before they reach a hash function (the policy then refuses them). */
    static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
