package org.ticketgrid.app.accounts.security;

import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.accounts.usecase.AccessTokens;
import org.ticketgrid.app.accounts.usecase.SignIn;
import org.ticketgrid.app.platform.boundary.RelativeRedirects;

/**
 * The authorization matrix of the whole app, in three filter chains: the API docs (public,
 * read-only), the REST API (stateless, bearer tokens, no cookies so no CSRF, deny by default) and
 * the pages (session cookie, form sign-in, CSRF). Every answer carries the security headers; the
 * page CSP allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Pages: a refused request (role, or a missing CSRF token) gets the friendly 403 page. */
    private static final AccessDeniedHandlerImpl PAGE_DENIED = new AccessDeniedHandlerImpl();
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles; it gets no inline script either. */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane), the Spring Security
     * 5.8 defaults; stored hashes carry their algorithm, so bcrypt hashes still verify and the
     * parameters can be raised later without a migration.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        Map<String, PasswordEncoder> encoders = Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder(current, encoders);
    }

    /**
     * No observation per security filter, authentication and authorization: on the hold path they
     * were about a tenth of the CPU of a request (JFR, 1,000 holds/s), for spans and timers nobody
     * reads. The HTTP server's own observation ({@code http.server.requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Declared as a bean so that Boot does not also create its default in-memory user. */
    @Bean
    AccountAuthenticationProvider accountAuthenticationProvider(SignIn signIn) {
        return new AccountAuthenticationProvider(signIn);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }

    @Bean
    @Order(1)
    SecurityFilterChain docs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(h -> commonHeaders(h, DOCS_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, Users users, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token",
                                "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm").permitAll()
                        // Stripe authenticates itself with the signature, checked by the endpoint.
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/stripe/webhook").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/suggest",
                                "/api/v1/events/*", "/api/v1/events/*/seats", "/api/v1/events/*/stream",
                                "/api/v1/events/*/queue/draw").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/venues", "/api/v1/events",
                                "/api/v1/events/*/publish", "/api/v1/events/*/cancel").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/events/*").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers("/api/v1/merchant/**").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .headers(h -> commonHeaders(h, API_CSP));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountAuthenticationProvider provider,
            AccountsProperties properties) throws Exception {
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/account");
        success.setRedirectStrategy(RelativeRedirects.strategy());
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/merchant", "/merchant/**").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers("/account", "/account/**").authenticated()
                        .requestMatchers("/notifications", "/notifications/**").authenticated()
                        // Checkout and orders: anonymous buyers sign in and come back (saved request).
                        .requestMatchers("/orders/**", "/events/*/checkout", "/events/*/queue/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        // Everything else is a public page or a 404 (the catalog, static files, sign-in).
                        .anyRequest().permitAll())
                .authenticationManager(new ProviderManager(provider))
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            request.getSession().setAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT,
                                    Instant.now().toEpochMilli());
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler(failure()).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout")
                        .invalidateHttpSession(true).clearAuthentication(true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .csrf(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(RelativeRedirects.signIn("/signin"))
                        .accessDeniedHandler((request, response, denied) -> {
                    ProblemResponses.logDenied(request);
                    PAGE_DENIED.handle(request, response, denied);
                }))
                .headers(h -> commonHeaders(h, PAGE_CSP));
        return http.build();
    }

    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.sendRedirect("/signin?throttled=" + throttled.retryAfterSeconds());
            } else {
                // The address typed stays in the form (a flash attribute in the session, never in the
                // URL): only the password has to be typed again.
                String email = request.getParameter("email");
                if (email != null && email.length() <= 254) {
                    FlashMap flash = new FlashMap();
                    flash.put("email", email);
                    flash.setTargetRequestPath("/signin");
                    new SessionFlashMapManager()
                            .saveOutputFlashMap(flash, request, response);
                }
                response.sendRedirect("/signin?error");
            }
        };
    }

    private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers, String csp) {
        // HSTS is written on secure requests only (TLS, or X-Forwarded-Proto: https from a trusted proxy).
        headers.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(self)"));
    }
}
