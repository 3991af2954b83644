package org.ticketgrid.app.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the accounts feature ({@code ticketgrid.accounts.*}, e.g.
 * {@code TICKETGRID_ACCOUNTS_RESET_TOKEN_LIFETIME=15m}).
 *
 * @param publicUrl where people reach the site, for links in emails
 * @param sessionAbsoluteTimeout a page session ends this long after sign-in, however active (the
 *        idle timeout is {@code server.servlet.session.timeout})
 */
@Validated
@ConfigurationProperties("ticketgrid.accounts")
public record AccountsProperties(@NotNull Duration accessTokenLifetime, @NotNull Duration resetTokenLifetime,
        @NotBlank String publicUrl, @NotBlank String mailFrom, @NotNull Duration sessionAbsoluteTimeout,
        @Valid @NotNull Throttling throttling, @NotBlank String demoPassword) {

    public AccountsProperties(@DefaultValue("1h") Duration accessTokenLifetime,
            @DefaultValue("30m") Duration resetTokenLifetime,
            @DefaultValue("http://localhost:8080") String publicUrl,
            @DefaultValue("TicketGrid <no-reply@ticketgrid.local>") String mailFrom,
            @DefaultValue("12h") Duration sessionAbsoluteTimeout, @DefaultValue Throttling throttling,
            @DefaultValue("ticketgrid-demo-2026") String demoPassword) {
        this.accessTokenLifetime = accessTokenLifetime;
        this.resetTokenLifetime = resetTokenLifetime;
        this.publicUrl = publicUrl;
        this.mailFrom = mailFrom;
        this.sessionAbsoluteTimeout = sessionAbsoluteTimeout;
        this.throttling = throttling;
        this.demoPassword = demoPassword;
    }

    /** A rate: {@code capacity} attempts, refilled evenly over {@code period}. */
    public record Rate(@Min(1) long capacity, @NotNull Duration period) {

        public Throttle.Limit named(String name) {
            return new Throttle.Limit(name, capacity, period);
        }
    }

    /** Throttling of guessable operations; failed sign-ins count, successful ones do not. */
    public record Throttling(@Valid @NotNull Rate loginPerAccount, @Valid @NotNull Rate loginPerIp,
            @Valid @NotNull Rate resetPerAccount, @Valid @NotNull Rate resetPerIp,
            @Valid @NotNull Rate registerPerIp) {

        public Throttling {
            loginPerAccount = orElse(loginPerAccount, 5, Duration.ofMinutes(15));
            loginPerIp = orElse(loginPerIp, 30, Duration.ofMinutes(15));
            resetPerAccount = orElse(resetPerAccount, 3, Duration.ofHours(1));
            resetPerIp = orElse(resetPerIp, 10, Duration.ofHours(1));
            registerPerIp = orElse(registerPerIp, 20, Duration.ofHours(1));
        }

        private static Rate orElse(Rate rate, long capacity, Duration period) {
            return rate != null ? rate : new Rate(capacity, period);
        }
    }
}
