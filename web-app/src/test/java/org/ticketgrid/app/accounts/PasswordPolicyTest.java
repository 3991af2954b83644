package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy bundled = PasswordPolicy.withBundledList();

    @Test
    void twelveCharactersIsTheMinimumAndElevenIsRefused() {
        assertThat(bundled.check("Kx9#mQ2$vL7p", "a@b.test").accepted()).isTrue();
        assertThat(bundled.check("Kx9#mQ2$vL7", "a@b.test").code()).isEqualTo("password-too-short");
    }

    @Test
    void lengthCountsCharactersNotBytesOrUtf16Units() {
        // Twelve emoji are 24 UTF-16 units and 48 bytes, but twelve characters: accepted.
        String emoji = "🎫🎵🎸🎺🎻🥁🎷🎹🎤🎧🎼🎶";
        assertThat(bundled.check(emoji, null).accepted()).isTrue();
        assertThat(bundled.check(emoji.substring(0, 22), null).code()).isEqualTo("password-too-short");
    }

    @Test
    void upTo128CharactersAreAcceptedAndNeverTruncated() {
        String max = "a-long-passphrase-".repeat(8).substring(0, 128);
        assertThat(bundled.check(max, null).accepted()).isTrue();
        assertThat(bundled.check(max + "x", null).code()).isEqualTo("password-too-long");
    }

    @Test
    void spacesAndAnyUnicodeAreAllowedWithoutCompositionRules() {
        assertThat(bundled.check("correct horse stapler ünïcødé", null).accepted()).isTrue();
        assertThat(bundled.check("onlylowercaselettershere", null).accepted()).isTrue();
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(bundled.listSize()).isGreaterThan(3000);
        for (String common : new String[] {"password1234", "Password1234!", "QWERTYUIOP123", "123456789012",
                "iloveyou2024", "1q2w3e4r5t6y", "ticketgrid2026", "correcthorsebatterystaple"}) {
            assertThat(bundled.check(common, null).code()).as(common).isEqualTo("password-too-common");
        }
    }

    @Test
    void theDocumentedDemoPasswordPassesThePolicy() {
        assertThat(bundled.check("ticketgrid-demo-2026", "merchant@ticketgrid.local").accepted()).isTrue();
    }

    @Test
    void aPasswordEqualToTheEmailOrItsLocalPartIsRefused() {
        assertThat(bundled.check("Jane.Doe.Smith@example.org", "jane.doe.smith@example.org").code())
                .isEqualTo("password-like-email");
        assertThat(bundled.check("jane.doe.smith", "jane.doe.smith@example.org").code())
                .isEqualTo("password-like-email");
    }

    @Test
    void repeatedCharactersAreRefusedEvenWhenNotListed() {
        PasswordPolicy empty = new PasswordPolicy(Set.of());
        assertThat(empty.check("zzzzzzzzzzzzzzzz", null).accepted()).isFalse();
        assertThat(empty.check("abababababababab", null).accepted()).isFalse();
    }

    @Test
    void unicodeIsNormalisedSoTheSamePasswordTypedDifferentlyMatches() {
        // "é" precomposed and as e + combining acute are one password after NFKC.
        assertThat(PasswordPolicy.normalize("caf\u00e9-au-lait-42")).isEqualTo(PasswordPolicy.normalize("cafe\u0301-au-lait-42"));
        PasswordPolicy listed = new PasswordPolicy(Set.of("caf\u00e9-au-lait-42"));
        assertThat(listed.check("cafe\u0301-au-lait-42", null).code()).isEqualTo("password-too-common");
    }

    @Test
    void nullIsRefusedNotAnError() {
        assertThat(bundled.check(null, null).code()).isEqualTo("password-too-short");
    }
}
