package org.ticketgrid.app.accounts.usecase;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.AdminBootstrapProperties;
import org.ticketgrid.app.accounts.Emails;
import org.ticketgrid.app.accounts.PasswordPolicy;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Accounts that exist from the start: the admin named by configuration
 * ({@code TICKETGRID_ADMIN_EMAIL}/{@code _PASSWORD}) and, with demo data on, one demo account per
 * role. An account that exists already keeps its password (a changed password is never reset by
 * a restart); it only gets the configured role. Runs before the demo catalog, which is created as
 * the demo merchant.
 */
@Component
@Order(5)
public class AccountBootstrap implements ApplicationRunner {

    public static final String DEMO_ADMIN = "admin@ticketgrid.local";
    public static final String DEMO_MERCHANT = "merchant@ticketgrid.local";
    public static final String DEMO_CUSTOMER = "customer@ticketgrid.local";

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

    private final Users users;
    private final Credentials credentials;
    private final PasswordPolicy policy;
    private final AdminBootstrapProperties admin;
    private final AccountsProperties accounts;
    private final TicketGridProperties app;

    private final AccessTokens tokens;

    AccountBootstrap(Users users, Credentials credentials, PasswordPolicy policy, AdminBootstrapProperties admin,
            AccountsProperties accounts, TicketGridProperties app, AccessTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.credentials = credentials;
        this.policy = policy;
        this.admin = admin;
        this.accounts = accounts;
        this.app = app;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.isSet()) {
            ensure(admin.email(), admin.password(), "Administrator", Role.ADMIN);
        }
        if (app.demoData().enabled()) {
            ensure(DEMO_ADMIN, accounts.demoPassword(), "Ada Admin", Role.ADMIN);
            ensure(DEMO_MERCHANT, accounts.demoPassword(), "Max Merchant", Role.MERCHANT);
            ensure(DEMO_CUSTOMER, accounts.demoPassword(), "Casey Customer", Role.CUSTOMER);
        }
    }

    /** The id of the account of {@code email}, created with {@code role} if missing. */
    public UUID ensure(String email, String password, String displayName, Role role) {
        Optional<Users.UserRow> existing = users.byEmail(Emails.normalize(email));
        if (existing.isPresent()) {
            if (existing.get().role() != role) {
                users.updateRole(existing.get().id(), role);
                // Tokens carry the role they were issued with: a role change must end them, as
                // an admin's change does.
                tokens.revokeAll(existing.get().id());
            }
            return existing.get().id();
        }
        var verdict = policy.check(password, email);
        if (!verdict.accepted()) {
            // The configured password is refused like any other: no weak bootstrap admin.
            throw new IllegalStateException("the configured password of " + role + " account is refused: "
                    + verdict.message());
        }
        UUID id = UUID.randomUUID();
        if (!users.insertIfAbsent(id, email.strip(), displayName, credentials.hash(password), role)) {
            return users.byEmail(Emails.normalize(email)).orElseThrow().id();
        }
        LOG.info("created the {} account {}", role, id);
        return id;
    }

    /** The id of the demo merchant, once {@link #run} has created it. */
    public Optional<UUID> demoMerchant() {
        return users.byEmail(DEMO_MERCHANT).map(Users.UserRow::id);
    }
}
