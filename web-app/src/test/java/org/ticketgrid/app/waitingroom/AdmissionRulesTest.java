package org.ticketgrid.app.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticketgrid.app.waitingroom.usecase.AdmissionRound;
import org.ticketgrid.app.waitingroom.usecase.AdmissionTokens;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** The admission policy and the tokens, in milliseconds. */
class AdmissionRulesTest {

    private static final String EVENT = "3f0e1f7a-2c55-4d7e-9d8e-1a2b3c4d5e6f";
    private final AdmissionTokens tokens = new AdmissionTokens("a-test-secret-of-at-least-32-characters!");

    @Test
    void aTokenIsValidOnlyForItsAccountAndEventUntilItsWindowEnds() {
        String token = tokens.issue(new QueueTicketKey(EVENT, 7), "alice", 10_000);
        assertThat(tokens.check(token, EVENT, "alice", 9_999))
                .isEqualTo(new AdmissionTokens.Valid(new QueueTicketKey(EVENT, 7), 10_000));
        assertThat(reason(tokens.check(token, EVENT, "alice", 10_000))).isEqualTo("expired");
        assertThat(reason(tokens.check(token, EVENT, "bob", 1))).isEqualTo("other-account");
        assertThat(reason(tokens.check(token, "another-event", "alice", 1))).isEqualTo("other-event");
        assertThat(reason(tokens.check(null, EVENT, "alice", 1))).isEqualTo("missing");
        assertThat(reason(tokens.check("abc", EVENT, "alice", 1))).isEqualTo("malformed");
        assertThat(reason(tokens.check("!!.??", EVENT, "alice", 1))).isEqualTo("malformed");
        String otherKey = new AdmissionTokens("another-secret-of-at-least-32-characters")
                .issue(new QueueTicketKey(EVENT, 7), "alice", 10_000);
        assertThat(reason(tokens.check(otherKey, EVENT, "alice", 1))).isEqualTo("forged");
        String[] parts = token.split("\\.");
        String longer = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (EVENT + "|7|alice|99999999").getBytes()) + "." + parts[1];
        assertThat(reason(tokens.check(longer, EVENT, "alice", 1))).as("window stretched").isEqualTo("forged");
    }

    @Test
    void roundsAreSizedByFreeSeatsLessPendingAdmissionsAndCappedByTheRate() {
        assertThat(AdmissionRound.slots(10, 2, 0, 100)).isEqualTo(5);
        assertThat(AdmissionRound.slots(1, 2, 0, 100)).as("one free seat still admits one").isEqualTo(1);
        assertThat(AdmissionRound.slots(10, 2, 4, 100)).isEqualTo(1);
        assertThat(AdmissionRound.slots(10, 2, 9, 100)).isZero();
        assertThat(AdmissionRound.slots(0, 2, 0, 100)).isZero();
        assertThat(AdmissionRound.slots(1_000, 2, 0, 3)).isEqualTo(3);
        assertThat(AdmissionRound.soldOut(0, 0)).isTrue();
        assertThat(AdmissionRound.soldOut(0, 1)).as("held seats may come back").isFalse();
    }

    @Test
    void theRateRefillsOverTimeWithAShortBurst() {
        AdmissionRound.Rate rate = new AdmissionRound.Rate(60, 0); // one a second, bursts of 2
        assertThat(rate.allows(0)).isEqualTo(1);
        rate.spend(1);
        assertThat(rate.allows(500)).isZero();
        assertThat(rate.allows(1_000)).isEqualTo(1);
        assertThat(rate.allows(60_000)).as("capped burst").isEqualTo(2);
    }

    private static String reason(AdmissionTokens.Check check) {
        return ((AdmissionTokens.Invalid) check).reason();
    }
}
