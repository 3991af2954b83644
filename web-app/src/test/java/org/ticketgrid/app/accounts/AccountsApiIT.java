package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.TestAccounts;

/** The account API end to end: sign-up, tokens, sign-out, profile, password change and reset, mails. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountsApiIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void signUpSignInUseTheTokenAndSignOut() {
        String email = TestAccounts.uniqueEmail("Flow");
        Api.Response created = api.post("/api/v1/auth/register",
                Map.of("email", email, "password", TestAccounts.PASSWORD, "displayName", "Flo Flow"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("email").asText()).isEqualTo(email);
        assertThat(created.json().get("displayName").asText()).isEqualTo("Flo Flow");
        assertThat(created.json().get("role").asText()).isEqualTo("CUSTOMER");
        assertThat(created.json().get("id").asText()).hasSize(36);

        Api.Response token = api.post("/api/v1/auth/token",
                Map.of("email", email.toUpperCase(), "password", TestAccounts.PASSWORD));
        assertThat(token.status()).as("addresses are case-insensitive").isEqualTo(200);
        assertThat(token.json().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("expiresIn").asLong()).isEqualTo(3600);
        Api me = api.withToken(token.json().get("accessToken").asText());

        JsonNode profile = me.get("/api/v1/me").json();
        assertThat(profile.get("id").asText()).isEqualTo(created.json().get("id").asText());
        assertThat(profile.get("email").asText()).isEqualTo(email);
        assertThat(profile.has("passwordHash")).isFalse();
        assertThat(me.patch("/api/v1/me", Map.of("displayName", "  Florence  ")).json().get("displayName").asText())
                .isEqualTo("Florence");
        assertThat(me.patch("/api/v1/me", Map.of("displayName", " ")).status()).isEqualTo(400);
        assertThat(me.get("/api/v1/me/orders").json().get("items").isArray()).isTrue();
        assertThat(me.get("/api/v1/me/orders").json().get("items")).isEmpty();

        Mailbox.Mail welcome = Mailbox.await(email, "Welcome to TicketGrid");
        assertThat(welcome.contentType()).startsWith("multipart/");
        assertThat(welcome.text()).contains("Flo Flow").doesNotContain("<");
        assertThat(welcome.html()).contains("Flo Flow").contains("<a ");

        assertThat(me.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        Api.Response after = me.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(me.get("/api/v1/events").status()).as("a revoked token is refused everywhere").isEqualTo(401);
    }

    @Test
    void badSignUpsAreRefusedWithEveryProblemNamed() {
        Api.Response bad = api.post("/api/v1/auth/register",
                Map.of("email", "not-an-address", "password", "password1234", "displayName", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsText("code"))
                .containsExactly("required", "invalid-email", "password-too-common");
        assertThat(api.post("/api/v1/auth/register", Map.of("email", TestAccounts.uniqueEmail("s"), "password",
                "short-pass", "displayName", "S")).json().get("errors").findValuesAsText("code"))
                .containsExactly("password-too-short");
        assertThat(api.post("/api/v1/auth/register", "{").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/register", Map.of("email", TestAccounts.uniqueEmail("l"), "password",
                "x".repeat(2000), "displayName", "L")).status()).isEqualTo(400);
    }

    @Test
    void changingThePasswordEndsEveryTokenAndTheOldPasswordStopsWorking() {
        var account = TestAccounts.customer(api);
        Api me = api.withToken(account.token());
        String other = TestAccounts.token(api, account.email(), TestAccounts.PASSWORD);
        String next = "A-brand-new-Passphrase-55";

        Api.Response weak = me.post("/api/v1/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "qwertyuiop123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("code").asText()).isEqualTo("password-too-common");

        assertThat(me.post("/api/v1/me/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
                next)).status()).isEqualTo(204);
        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.withToken(other).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD)).status()).isEqualTo(401);
        assertThat(TestAccounts.token(api, account.email(), next)).isNotBlank();
        Mailbox.await(account.email(), "Your TicketGrid password was changed");
    }

    @Test
    void aResetLinkWorksOnceAndSignsOutEverywhere() {
        var account = TestAccounts.customer(api);
        assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", account.email())).status())
                .isEqualTo(202);
        Mailbox.Mail mail = Mailbox.await(account.email(), "Reset your TicketGrid password");
        assertThat(mail.html()).contains("/reset-password?token=");
        String token = Mailbox.resetToken(mail);

        Api.Response weak = api.post("/api/v1/auth/password-reset/confirm",
                Map.of("token", token, "newPassword", "password12345"));
        assertThat(weak.status()).as("a weak password does not use up the link").isEqualTo(400);
        String next = "Reset-Passphrase-Works-81";
        assertThat(api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", next))
                .status()).isEqualTo(204);
        assertThat(api.withToken(account.token()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(TestAccounts.token(api, account.email(), next)).isNotBlank();

        Api.Response again = api.post("/api/v1/auth/password-reset/confirm",
                Map.of("token", token, "newPassword", "Another-Passphrase-1234"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asText()).isEqualTo("invalid-reset-token");
        assertThat(TestAccounts.token(api, account.email(), next)).as("the used link changed nothing").isNotBlank();
        // Only the hash of the token is stored.
        assertThat(jdbc.sql("SELECT count(*) FROM password_reset_tokens WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aResetLinkExpires() throws InterruptedException {
        var account = TestAccounts.customer(api);
        api.post("/api/v1/auth/password-reset", Map.of("email", account.email()));
        String token = Mailbox.resetToken(Mailbox.await(account.email(), "Reset your TicketGrid password"));
        Thread.sleep(6_500); // reset links last 6 s in the tests
        Api.Response late = api.post("/api/v1/auth/password-reset/confirm",
                Map.of("token", token, "newPassword", "Too-Late-Passphrase-77"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("code").asText()).isEqualTo("invalid-reset-token");
        assertThat(TestAccounts.token(api, account.email(), TestAccounts.PASSWORD)).isNotBlank();
    }

    @Test
    void aPasswordNeverAppearsInALogOrAResponse(CapturedOutput output) {
        String secret = "Unmistakable-Secret-" + System.nanoTime();
        String email = TestAccounts.uniqueEmail("secret");
        Api client = api.from(TestAccounts.randomIp());
        List<Api.Response> responses = List.of(
                client.post("/api/v1/auth/register", Map.of("email", email, "password", secret, "displayName", "S")),
                client.post("/api/v1/auth/token", Map.of("email", email, "password", secret)),
                client.post("/api/v1/auth/token", Map.of("email", email, "password", secret + "x")),
                client.post("/api/v1/auth/token", Map.of("email", "nobody-" + email, "password", secret)),
                client.post("/api/v1/auth/register", Map.of("email", "bad", "password", secret, "displayName", "")),
                client.post("/api/v1/auth/password-reset/confirm", Map.of("token", "t", "newPassword", secret)));
        String token = responses.get(1).json().get("accessToken").asText();
        responses = new java.util.ArrayList<>(responses);
        responses.add(client.withToken(token).post("/api/v1/me/password",
                Map.of("currentPassword", secret, "newPassword", secret + "-2")));
        responses.add(client.withToken(token).get("/api/v1/me"));
        for (Api.Response response : responses) {
            assertThat(response.body()).doesNotContain(secret);
            assertThat(response.headers().map().toString()).doesNotContain(secret);
        }
        assertThat(output.getAll()).as("log output").doesNotContain(secret).doesNotContain(token);
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE lower(email) = lower(?)").param(email)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(secret);
        assertThat(jdbc.sql("SELECT count(*) FROM security_events WHERE detail LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theBootstrappedAdminCanListUsersAndChangeRoles() {
        Api admin = api.withToken(TestAccounts.admin(api).token());
        var customer = TestAccounts.customer(api);
        JsonNode found = admin.get("/api/v1/admin/users?q=" + customer.email().substring(0, 20)).json();
        assertThat(found.get("items").findValuesAsText("email")).contains(customer.email());
        assertThat(found.get("items").get(0).has("passwordHash")).isFalse();

        JsonNode promoted = admin.put("/api/v1/admin/users/" + customer.id() + "/role", Map.of("role", "merchant"))
                .json();
        assertThat(promoted.get("role").asText()).isEqualTo("MERCHANT");
        assertThat(api.withToken(customer.token()).get("/api/v1/me").status())
                .as("a role change signs the account out").isEqualTo(401);
        assertThat(admin.put("/api/v1/admin/users/" + customer.id() + "/role", Map.of("role", "KING")).status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/admin/users/" + java.util.UUID.randomUUID() + "/role",
                Map.of("role", "ADMIN")).status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionDeclaresTheBearerSchemeAndTheAccountEndpoints() {
        JsonNode docs = api.get("/v3/api-docs").json();
        JsonNode bearer = docs.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asText()).isEqualTo("http");
        assertThat(bearer.get("scheme").asText()).isEqualTo("bearer");
        assertThat(docs.get("security").get(0).has("bearer")).isTrue();
        for (String path : new String[] {"/api/v1/auth/register", "/api/v1/auth/token", "/api/v1/auth/logout",
                "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm", "/api/v1/me",
                "/api/v1/me/orders", "/api/v1/admin/users", "/api/v1/admin/users/{id}/role"}) {
            assertThat(docs.get("paths").has(path)).as(path).isTrue();
        }
    }
}
