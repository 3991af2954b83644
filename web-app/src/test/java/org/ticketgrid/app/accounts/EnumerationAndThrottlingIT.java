package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.TestAccounts;

/**
 * No account enumeration (the answers for a known and an unknown address are the same, in status,
 * body and roughly in time) and throttling of sign-in and reset per account and per address.
 */
@IntegrationTest
class EnumerationAndThrottlingIT {

    @Value("${local.server.port}")
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void signInAnswersTheSameForAWrongPasswordAndAnUnknownAddress() {
        var known = TestAccounts.customer(api);
        Api client = api.from(TestAccounts.randomIp());
        Api.Response wrongPassword = client.post("/api/v1/auth/token",
                Map.of("email", known.email(), "password", "Wrong-Passphrase-0000"));
        Api.Response unknown = client.post("/api/v1/auth/token",
                Map.of("email", TestAccounts.uniqueEmail("ghost"), "password", "Wrong-Passphrase-0000"));
        assertThat(wrongPassword.status()).isEqualTo(401).isEqualTo(unknown.status());
        assertThat(wrongPassword.body()).isEqualTo(unknown.body());
        assertThat(wrongPassword.contentType()).isEqualTo(unknown.contentType());
    }

    @Test
    void signInTakesAboutAsLongForAnUnknownAddressAsForAWrongPassword() {
        var known = TestAccounts.customer(api);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // A fresh address each time, so the throttle (5 per account) never answers instead.
            Api client = api.from(TestAccounts.randomIp());
            knownTimes.add(timed(() -> client.post("/api/v1/auth/token",
                    Map.of("email", known.email(), "password", "Wrong-Passphrase-0"))));
            unknownTimes.add(timed(() -> client.post("/api/v1/auth/token",
                    Map.of("email", TestAccounts.uniqueEmail("ghost"), "password", "Wrong-Passphrase-0"))));
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        // Both compute one Argon2id hash; without the dummy hash the unknown address would answer
        // in about a millisecond against tens of milliseconds.
        assertThat(unknownMedian).as("unknown %s ms vs known %s ms", unknownMedian, knownMedian)
                .isGreaterThan(knownMedian / 3);
    }

    @Test
    void signUpAnswersTheSameForATakenAddressAndTheOwnerIsToldByMail() {
        var known = TestAccounts.customer(api);
        String fresh = TestAccounts.uniqueEmail("fresh");
        Api.Response taken = api.post("/api/v1/auth/register",
                Map.of("email", known.email(), "password", TestAccounts.PASSWORD, "displayName", "Someone"));
        Api.Response created = api.post("/api/v1/auth/register",
                Map.of("email", fresh, "password", TestAccounts.PASSWORD, "displayName", "Someone"));
        assertThat(taken.status()).isEqualTo(201).isEqualTo(created.status());
        assertThat(withoutIdAndEmail(taken.json())).isEqualTo(withoutIdAndEmail(created.json()));
        assertThat(fieldNames(taken.json())).isEqualTo(fieldNames(created.json()));
        assertThat(taken.json().get("id").asText()).isNotEqualTo(known.id()).hasSize(36);
        assertThat(taken.header("Location")).isEqualTo(created.header("Location"));

        Mailbox.await(known.email(), "You already have a TicketGrid account");
        Mailbox.await(fresh, "Welcome to TicketGrid");
        // The existing account is untouched: its password still works, the stranger's does not matter.
        assertThat(TestAccounts.token(api, known.email(), TestAccounts.PASSWORD)).isNotBlank();
    }

    @Test
    void resetRequestsAnswerTheSameForKnownAndUnknownAddresses() {
        var known = TestAccounts.customer(api);
        // A fresh client address and a fresh malformed "address" per run: the throttles live in the
        // shared grid, and earlier runs on the same stack must not have used up their buckets.
        Api client = api.from(TestAccounts.randomIp());
        Api.Response forKnown = client.post("/api/v1/auth/password-reset", Map.of("email", known.email()));
        Api.Response forUnknown = client.post("/api/v1/auth/password-reset",
                Map.of("email", TestAccounts.uniqueEmail("ghost")));
        Api.Response forGarbage = client.post("/api/v1/auth/password-reset",
                Map.of("email", "not an address " + java.util.UUID.randomUUID()));
        assertThat(List.of(forKnown.status(), forUnknown.status(), forGarbage.status())).containsOnly(202);
        assertThat(forKnown.body()).isEqualTo(forUnknown.body()).isEqualTo(forGarbage.body());
        Mailbox.await(known.email(), "Reset your TicketGrid password");
    }

    @Test
    void theSixthQuickFailedSignInIsThrottledWithRetryAfterEvenWithTheRightPassword() {
        var account = TestAccounts.customer(api);
        for (int i = 1; i <= 5; i++) {
            // Different addresses: this is the per-account limit, not the per-address one.
            Api.Response failed = api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                    Map.of("email", account.email(), "password", "Guess-Number-" + i + "-xyz"));
            assertThat(failed.status()).as("attempt " + i).isEqualTo(401);
        }
        Api.Response sixth = api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                Map.of("email", account.email(), "password", "Guess-Number-6-xyz"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.json().get("code").asText()).isEqualTo("too-many-requests");
        long retryAfter = Long.parseLong(sixth.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        // While throttled, even the right password is refused (a guesser learns nothing).
        Api.Response right = api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD));
        assertThat(right.status()).isEqualTo(429);
        // The throttle is the same for an unknown address: 429s tell nothing about accounts either.
        String ghost = TestAccounts.uniqueEmail("ghost");
        for (int i = 1; i <= 5; i++) {
            api.from(TestAccounts.randomIp()).post("/api/v1/auth/token", Map.of("email", ghost, "password", "G-" + i));
        }
        assertThat(api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                Map.of("email", ghost, "password", "G-6")).status()).isEqualTo(429);
    }

    @Test
    void guessesFromElsewhereDoNotLockTheOwnerOutAtAnAddressTheySignedInFrom() {
        var account = TestAccounts.customer(api);
        Api home = api.from(TestAccounts.randomIp());
        Map<String, String> right = Map.of("email", account.email(), "password", TestAccounts.PASSWORD);
        assertThat(home.post("/api/v1/auth/token", right).status()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                    Map.of("email", account.email(), "password", "Guess-" + i + "-xyz")).status()).isEqualTo(401);
        }
        // The account's guesses are slowed: a new address, even with the right password, waits.
        assertThat(api.from(TestAccounts.randomIp()).post("/api/v1/auth/token", right).status()).isEqualTo(429);
        // The owner, at the address they signed in from before, is not locked out (ASVS 2.2.1 soft lockout).
        assertThat(home.post("/api/v1/auth/token", right).status()).isEqualTo(200);
        // That address has attempts of its own, not unlimited ones: five wrong guesses there, then 429.
        for (int i = 1; i <= 5; i++) {
            assertThat(home.post("/api/v1/auth/token", Map.of("email", account.email(), "password",
                    "Home-Guess-" + i)).status()).as("guess " + i + " from home").isEqualTo(401);
        }
        assertThat(home.post("/api/v1/auth/token", right).status()).isEqualTo(429);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledByAddress() {
        Api attacker = api.from(TestAccounts.randomIp());
        List<Integer> seen = new ArrayList<>();
        // The tests allow 20 failures per address per 15 minutes.
        for (int i = 0; i < 21; i++) {
            seen.add(attacker.post("/api/v1/auth/token",
                    Map.of("email", TestAccounts.uniqueEmail("victim"), "password", "Spray-Password-2026")).status());
        }
        assertThat(seen.subList(0, 20)).containsOnly(401);
        assertThat(seen.get(20)).isEqualTo(429);
        // Another address is not affected.
        var someone = TestAccounts.customer(api);
        assertThat(api.from(TestAccounts.randomIp()).post("/api/v1/auth/token",
                Map.of("email", someone.email(), "password", TestAccounts.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void successfulSignInsAreNeverThrottled() {
        var account = TestAccounts.customer(api);
        Api client = api.from(TestAccounts.randomIp());
        for (int i = 0; i < 12; i++) {
            assertThat(client.post("/api/v1/auth/token", Map.of("email", account.email(), "password",
                    TestAccounts.PASSWORD)).status()).isEqualTo(200);
        }
    }

    @Test
    void resetRequestsAreThrottledPerAccountWithRetryAfter() {
        String email = TestAccounts.uniqueEmail("resetter");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", email)).status()).isEqualTo(202);
        }
        Api.Response fourth = api.post("/api/v1/auth/password-reset", Map.of("email", email));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
    }

    private static JsonNode withoutIdAndEmail(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("id");
        copy.remove("email");
        return copy;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
