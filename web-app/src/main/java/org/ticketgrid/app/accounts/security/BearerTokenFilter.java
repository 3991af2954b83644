package org.ticketgrid.app.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.accounts.usecase.AccessTokens;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}: one grid read, no database
 * query (the token entry carries the account's id, role and address; see {@link AccessTokens}). A
 * role change revokes every token of the account, so it takes effect at once. A token that is presented but
 * unknown, expired or revoked is a 401 even on public endpoints (RFC 6750 {@code invalid_token}),
 * so a client learns at once that it must sign in again.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final AccessTokens tokens;
    private final Users users;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public BearerTokenFilter(AccessTokens tokens, Users users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    /** From the token entry itself; only an entry of the old form (no role in it) costs a query. */
    private java.util.Optional<AccountPrincipal> principal(AccessTokens.Owner owner) {
        if (owner.complete()) {
            return java.util.Optional.of(new AccountPrincipal(owner.userId(), owner.email(), owner.role()));
        }
        return users.byId(owner.userId()).map(u -> new AccountPrincipal(u.id(), u.email(), u.role()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            problems.unauthorized(response, "invalid-token", "Use Authorization: Bearer <accessToken>.");
            return;
        }
        var principal = tokens.resolve(header.substring(PREFIX.length()).strip()).flatMap(this::principal);
        if (principal.isEmpty()) {
            problems.unauthorized(response, "invalid-token",
                    "The access token is unknown, expired or revoked. Sign in again.");
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(principal.get().toAuthentication());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
