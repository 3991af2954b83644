package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokensAre256BitUrlSafeAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = SecretTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(SecretTokens.isWellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheSha256AndRevealsNothingOfTheToken() {
        String token = SecretTokens.newToken();
        String hash = SecretTokens.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
        assertThat(SecretTokens.hash(token)).isEqualTo(hash);
        assertThat(SecretTokens.hash(SecretTokens.newToken())).isNotEqualTo(hash);
        // The known SHA-256 test vector, so the algorithm cannot silently change.
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedTokensAreRejectedBeforeAnyLookup() {
        assertThat(SecretTokens.isWellFormed(null)).isFalse();
        assertThat(SecretTokens.isWellFormed("")).isFalse();
        assertThat(SecretTokens.isWellFormed("short")).isFalse();
        assertThat(SecretTokens.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(SecretTokens.isWellFormed("a".repeat(42) + "/")).isFalse();
        assertThat(SecretTokens.isWellFormed("a".repeat(44))).isFalse();
    }
}
