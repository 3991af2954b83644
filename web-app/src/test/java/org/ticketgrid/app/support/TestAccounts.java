package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Accounts for integration tests, made through the public API: register, promote through the
 * admin that {@link IntegrationTest} bootstraps from configuration, sign in.
 */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "it-admin@ticketgrid.test";
    public static final String ADMIN_PASSWORD = "it-admin-Passphrase-7391";
    /** The password of every test account (passes the policy). */
    public static final String PASSWORD = "Purple-Tapir-Sings-4471";

    /** An account: id, address, and a fresh bearer token. */
    public record Account(String id, String email, String token) {
    }

    private static final Map<String, Account> MERCHANTS = new ConcurrentHashMap<>();

    private TestAccounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    /** A random client address, so that tests doing failures do not share the per-address throttle. */
    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static Account admin(Api api) {
        return new Account(null, ADMIN_EMAIL, token(api, ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    public static Account customer(Api api) {
        String email = uniqueEmail("customer");
        Api.Response created = api.post("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Test Customer"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = token(api, email, PASSWORD);
        String id = api.withToken(token).get("/api/v1/me").json().get("id").asText();
        return new Account(id, email, token);
    }

    public static Account withRole(Api api, String role) {
        Account customer = customer(api);
        if ("CUSTOMER".equals(role)) {
            return customer;
        }
        Api.Response promoted = api.withToken(admin(api).token())
                .put("/api/v1/admin/users/" + customer.id() + "/role", Map.of("role", role));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        // A role change signs the account out everywhere: sign in again for a token with the new role.
        return new Account(customer.id(), customer.email(), token(api, customer.email(), PASSWORD));
    }

    /** One merchant per app instance, shared by the catalog fixtures of every test. */
    public static Account merchant(Api api) {
        return MERCHANTS.computeIfAbsent(api.base(), b -> withRole(api, "MERCHANT"));
    }

    /** {@code api} signed in as the shared test merchant. */
    public static Api asMerchant(Api api) {
        return api.withToken(merchant(api).token());
    }

    public static String token(Api api, String email, String password) {
        Api.Response response = api.post("/api/v1/auth/token", Map.of("email", email, "password", password));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asText();
    }
}
