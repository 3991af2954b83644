package org.ticketgrid.app.accounts.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.usecase.AccessTokens;
import org.ticketgrid.app.accounts.usecase.PasswordReset;
import org.ticketgrid.app.accounts.usecase.Register;
import org.ticketgrid.app.accounts.usecase.SignIn;
import org.ticketgrid.app.platform.ApiProblems;

/**
 * Sign-up, tokens, sign-out and password reset. None of the answers tells whether an address has
 * an account: sign-up answers 201 either way, a wrong password and an unknown address are the same
 * 401, a reset request is always 202 (docs/adr/0010).
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

    /** Sizes are bounded before anything is hashed: a 1 MB "password" is refused, not hashed. */
    record RegisterRequest(@Size(max = 320) String email, @Size(max = 1024) String password,
            @Size(max = 1000) String displayName) {
    }

    record AccountResponse(UUID id, String email, String displayName, String role) {
    }

    record TokenRequest(@Size(max = 320) String email, @Size(max = 1024) String password) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    record ResetRequest(@Size(max = 320) String email) {
    }

    record ResetConfirmRequest(@Size(max = 200) String token, @Size(max = 1024) String newPassword) {
    }

    private final Register register;
    private final SignIn signIn;
    private final AccessTokens tokens;
    private final PasswordReset reset;

    AuthApi(Register register, SignIn signIn, AccessTokens tokens, PasswordReset reset) {
        this.register = register;
        this.signIn = signIn;
        this.tokens = tokens;
        this.reset = reset;
    }

    @PostMapping("/register")
    ResponseEntity<AccountResponse> register(@jakarta.validation.Valid @RequestBody RegisterRequest request,
            HttpServletRequest http) {
        return switch (register.register(request.email(), request.password(), request.displayName(),
                http.getRemoteAddr())) {
            case Register.Registered r -> ResponseEntity.created(URI.create("/api/v1/me"))
                    .body(new AccountResponse(r.id(), r.email(), r.displayName(), r.role().name()));
            case Register.Invalid i -> throw invalid(i.errors());
            case Register.Throttled t -> throw new ApiProblems.TooManyRequests(t.retryAfterSeconds());
        };
    }

    @PostMapping("/token")
    TokenResponse token(@jakarta.validation.Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        return switch (signIn.signIn(request.email(), request.password(), http.getRemoteAddr())) {
            case SignIn.SignedIn in -> {
                AccessTokens.Issued issued = tokens.issue(in.user().id(), in.user().role(), in.user().email());
                yield new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
            }
            case SignIn.Rejected r -> throw new ApiProblems.Unauthorized("invalid-credentials",
                    "The email or password is not right.");
            case SignIn.Throttled t -> throw new ApiProblems.TooManyRequests(t.retryAfterSeconds());
        };
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset")
    ResponseEntity<Void> requestReset(@jakarta.validation.Valid @RequestBody ResetRequest request,
            HttpServletRequest http) {
        return switch (reset.request(request.email(), http.getRemoteAddr())) {
            case PasswordReset.Accepted a -> ResponseEntity.status(HttpStatus.ACCEPTED).build();
            case PasswordReset.Throttled t -> throw new ApiProblems.TooManyRequests(t.retryAfterSeconds());
        };
    }

    @PostMapping("/password-reset/confirm")
    ResponseEntity<Void> confirmReset(@jakarta.validation.Valid @RequestBody ResetConfirmRequest request,
            HttpServletRequest http) {
        return switch (reset.confirm(request.token(), request.newPassword(), http.getRemoteAddr())) {
            case PasswordReset.Done d -> ResponseEntity.noContent().build();
            case PasswordReset.BadToken b -> throw new ApiProblems.InvalidRequest("invalid-reset-token",
                    "This reset link is invalid, has expired or was already used. Ask for a new one.");
            case PasswordReset.WeakPassword w -> throw weak(w.verdict());
        };
    }

    static ApiProblems.InvalidRequest invalid(List<Register.FieldError> errors) {
        return new ApiProblems.InvalidRequest("invalid-request", "The request has invalid fields.",
                Map.of("errors", errors.stream().map(e -> Map.of("field", e.field(), "code", e.code(),
                        "message", e.message())).toList()));
    }

    static ApiProblems.InvalidRequest weak(PasswordPolicy.Verdict verdict) {
        return new ApiProblems.InvalidRequest(verdict.code(), verdict.message());
    }
}
