package org.ticketgrid.app.accounts.usecase;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.Emails;
import org.ticketgrid.app.accounts.SecretTokens;
import org.ticketgrid.app.accounts.Throttle;

/**
 * The throttles of the accounts feature, keyed per account and per client address. Accounts are
 * keyed by a hash of the normalised address: unknown addresses are throttled exactly like known
 * ones (no enumeration through 429s), and no address is stored in the grid in clear.
 */
@Component
public class AuthThrottles {

    /** The name of the per-account sign-in limit, as a refusal reports it. */
    public static final String LOGIN_PER_ACCOUNT = "login-per-account";

    private final Throttle throttle;
    private final AccountsProperties.Throttling rates;

    AuthThrottles(Throttle throttle, AccountsProperties properties) {
        this.throttle = throttle;
        this.rates = properties.throttling();
    }

    public List<Throttle.Key> login(String email, String ip) {
        return List.of(new Throttle.Key("login:account:" + account(email), rates.loginPerAccount().named(LOGIN_PER_ACCOUNT)),
                new Throttle.Key("login:ip:" + ip, rates.loginPerIp().named("login-per-ip")));
    }

    /**
     * The keys of a sign-in from an address the account signed in from before, once the account's
     * own attempts are used up: that address has its own attempts at this account (soft lockout).
     */
    public List<Throttle.Key> loginFromKnownAddress(String email, String ip) {
        return List.of(new Throttle.Key("login:account:" + account(email) + ":ip:" + ip,
                        rates.loginPerAccount().named(LOGIN_PER_ACCOUNT)),
                new Throttle.Key("login:ip:" + ip, rates.loginPerIp().named("login-per-ip")));
    }

    public List<Throttle.Key> reset(String email, String ip) {
        return List.of(new Throttle.Key("reset:account:" + account(email), rates.resetPerAccount().named("reset-per-account")),
                new Throttle.Key("reset:ip:" + ip, rates.resetPerIp().named("reset-per-ip")));
    }

    public List<Throttle.Key> register(String ip) {
        return List.of(new Throttle.Key("register:ip:" + ip, rates.registerPerIp().named("register-per-ip")));
    }

    public Throttle.Decision attempt(List<Throttle.Key> keys) {
        return throttle.attempt(keys);
    }

    public void release(List<Throttle.Key> keys) {
        throttle.release(keys);
    }

    private static String account(String email) {
        return SecretTokens.hash(Emails.normalize(email));
    }
}
