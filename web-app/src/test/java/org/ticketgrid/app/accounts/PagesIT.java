package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.TestAccounts;

/** The account pages as a browser uses them: sessions, CSRF, headers, forms. */
@IntegrationTest
class PagesIT {

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
    void signUpThenSignInThroughTheFormsAndSignOut() {
        String email = TestAccounts.uniqueEmail("pages");
        Browser browser = new Browser(port);
        assertThat(browser.get("/signup").body()).contains("Create your account").contains("name=\"_csrf\"");
        Browser.Page signedUp = browser.post("/signup",
                Map.of("displayName", "Paige", "email", email, "password", TestAccounts.PASSWORD));
        assertThat(signedUp.status()).isEqualTo(302);
        assertThat(signedUp.location()).endsWith("/signin?registered");
        assertThat(browser.get("/signin?registered").body()).contains("Thanks for signing up");

        String anonymousSession = browser.sessionId();
        browser.signIn(email, TestAccounts.PASSWORD);
        assertThat(browser.sessionId()).as("the session id changes at sign-in (no fixation)")
                .isNotNull().isNotEqualTo(anonymousSession);
        Browser.Page account = browser.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("Your account").contains(email).contains("Paige")
                .contains("Sign out");
        assertThat(browser.get("/account/bookings").body()).contains("No bookings yet");

        Browser.Page renamed = browser.post("/account/profile", Map.of("displayName", "Paige Turner"));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("Paige Turner").contains("Your name was saved.");

        Browser.Page out = browser.post("/signout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(browser.get("/account").status()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordOnTheFormSaysSoWithoutSayingWhichPartWasWrong() {
        Browser browser = new Browser(port).from(TestAccounts.randomIp());
        browser.get("/signin");
        Browser.Page failed = browser.post("/signin", Map.of("email", TestAccounts.uniqueEmail("nobody"),
                "password", "Wrong-Passphrase-1234"));
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.location()).endsWith("/signin?error");
        assertThat(browser.get("/signin?error").body()).contains("The email or password is not right.");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var account = TestAccounts.customer(api);
        Browser browser = new Browser(port).signIn(account.email(), TestAccounts.PASSWORD);

        Browser.Page forged = browser.postRaw("/account/profile", Map.of("displayName", "Forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("Exception");
        Browser.Page wrongToken = browser.postRaw("/account/profile",
                Map.of("displayName", "Forged", "_csrf", "not-the-token"));
        assertThat(wrongToken.status()).isEqualTo(403);
        Browser.Page forgedPassword = browser.postRaw("/account/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "Forged-Passphrase-2026"));
        assertThat(forgedPassword.status()).isEqualTo(403);
        // A forged sign-in (login CSRF) is refused too.
        assertThat(new Browser(port).postRaw("/signin",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD)).status()).isEqualTo(403);

        assertThat(browser.get("/account").body()).doesNotContain("Forged");
        assertThat(TestAccounts.token(api, account.email(), TestAccounts.PASSWORD)).isNotBlank();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoInlineScript() {
        Browser browser = new Browser(port);
        for (String path : new String[] {"/", "/signin", "/signup", "/forgot-password"}) {
            Browser.Page page = browser.get(path);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(page.header("Strict-Transport-Security")).as("no HSTS over plain http").isNull();
            // No inline script or style: every <script> has a src, no style= attributes, no on*= handlers.
            assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\sstyle=\"").doesNotContainPattern("\\son[a-z]+=\"");
        }
        Api.Response apiCall = api.get("/api/v1/events");
        assertThat(apiCall.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(apiCall.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void behindATlsProxyPagesGetHstsAndTheSessionCookieIsHttpOnlyAndSameSite() {
        Browser browser = new Browser(port);
        Browser.Page page = browser.get("/signin", "X-Forwarded-Proto", "https");
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("TG_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void forgotAndResetPasswordThroughThePages() {
        var account = TestAccounts.customer(api);
        Browser browser = new Browser(port);
        browser.get("/forgot-password");
        Browser.Page sent = browser.post("/forgot-password", Map.of("email", account.email()));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("If an account exists for that address");
        Browser.Page sentForNobody = new Browser(port).get("/forgot-password");
        assertThat(sentForNobody.status()).isEqualTo(200);

        String token = Mailbox.resetToken(Mailbox.await(account.email(), "Reset your TicketGrid password"));
        Browser.Page form = browser.get("/reset-password?token=" + token);
        assertThat(form.body()).contains("Choose a new password");
        Browser.Page done = browser.post("/reset-password", Map.of("token", token, "password", "Paged-Reset-Phrase-42"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/signin?reset");
        Browser.Page used = browser.get("/reset-password?token=" + token);
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.body()).contains("This link does not work any more");
        new Browser(port).signIn(account.email(), "Paged-Reset-Phrase-42");
    }

    @Test
    void anAdminChangesARoleFromTheUserList() {
        var admin = TestAccounts.withRole(api, "ADMIN");
        var customer = TestAccounts.customer(api);
        Browser browser = new Browser(port).signIn(admin.email(), TestAccounts.PASSWORD);
        Browser.Page list = browser.get("/admin/users?q=" + customer.email());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(customer.email()).contains("1 account");
        Browser.Page fragment = browser.get("/admin/users?q=" + customer.email(), "HX-Request", "true");
        assertThat(fragment.body()).contains(customer.email()).doesNotContain("<html");

        Browser.Page changed = browser.post("/admin/users/" + customer.id() + "/role", Map.of("role", "MERCHANT"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(api.withToken(TestAccounts.token(api, customer.email(), TestAccounts.PASSWORD)).get("/api/v1/me")
                .json().get("role").asText()).isEqualTo("MERCHANT");
    }

    @Test
    void sessionsLiveInPostgresSoEveryInstanceSeesThemAndARoleChangeEndsThem() {
        var account = TestAccounts.customer(api);
        Browser browser = new Browser(port).signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(sessionsOf(account.id())).as("sessions stored in PostgreSQL under the user id").isEqualTo(1);

        Api admin = api.withToken(TestAccounts.admin(api).token());
        assertThat(admin.put("/api/v1/admin/users/" + account.id() + "/role", Map.of("role", "MERCHANT")).status())
                .isEqualTo(200);
        assertThat(sessionsOf(account.id())).isZero();
        Browser.Page after = browser.get("/account");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/signin");

        Browser again = new Browser(port).signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(again.get("/account").body()).contains("Merchant");
        assertThat(again.post("/signout", Map.of()).status()).isEqualTo(302);
        assertThat(sessionsOf(account.id())).as("sign-out deletes the session").isZero();
    }

    private long sessionsOf(String userId) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(userId)
                .query(Long.class).single();
    }

    @Test
    void theSixthQuickFailedSignInOnTheFormIsThrottledAndSaysHowLongToWait() {
        var account = TestAccounts.customer(api);
        Browser browser = new Browser(port).from(TestAccounts.randomIp());
        browser.get("/signin");
        for (int i = 1; i <= 5; i++) {
            Browser.Page failed = browser.post("/signin", Map.of("email", account.email(), "password", "Nope-" + i));
            assertThat(failed.location()).as("attempt " + i).endsWith("/signin?error");
        }
        Browser.Page sixth = browser.post("/signin", Map.of("email", account.email(), "password",
                TestAccounts.PASSWORD));
        assertThat(sixth.status()).isEqualTo(302);
        assertThat(sixth.location()).matches(".*/signin\\?throttled=\\d+");
        String wait = sixth.location().replaceAll(".*throttled=", "");
        assertThat(browser.get("/signin?throttled=" + wait).body()).contains("Too many attempts")
                .contains(wait + "</strong> seconds");
        assertThat(browser.get("/account").status()).as("not signed in").isEqualTo(302);
    }
}
