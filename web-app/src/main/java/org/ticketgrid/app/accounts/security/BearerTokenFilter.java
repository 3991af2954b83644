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
 * Authenticates API calls by {@code Authorization: Bearer <token>}. The account is read on every
 * call, so a role change or a deleted account takes effect at once. A token that is presented but
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
        var principal = tokens.resolve(header.substring(PREFIX.length()).strip()).flatMap(users::byId)
                .map(u -> new AccountPrincipal(u.id(), u.email(), u.role()));
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
