package org.ticketgrid.app.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void ordinaryTextOfAnyScriptPasses() {
        assertThat(CleanText.acceptable("Café Müller — 東京 🎫 line one\nline two\tindented\r\n")).isTrue();
        assertThat(CleanText.acceptable(null)).isTrue();
        assertThat(CleanText.acceptable("")).isTrue();
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(CleanText.acceptable("a\u0000b")).isFalse();
        assertThat(CleanText.acceptable("bell\u0007")).isFalse();
        assertThat(CleanText.acceptable("\u001b[31mred")).isFalse();
        assertThat(CleanText.acceptable("del\u007f")).isFalse();
        assertThat(CleanText.acceptable("next line\u0085")).isFalse();
    }

    @Test
    void unpairedSurrogatesAreRefusedPairedOnesPass() {
        assertThat(CleanText.acceptable("\ud83c\udfab")).isTrue();
        assertThat(CleanText.acceptable("lone high \ud800")).isFalse();
        assertThat(CleanText.acceptable("\ud800x")).isFalse();
        assertThat(CleanText.acceptable("lone low \udc00")).isFalse();
        assertThat(CleanText.acceptable("\udc00\ud800")).isFalse();
    }

    @Test
    void textIsReadInNfc() {
        String decomposed = "Cafe\u0301";
        assertThat(CleanText.normalize(decomposed)).isEqualTo("Caf\u00e9");
        String composed = "Caf\u00e9";
        assertThat(CleanText.normalize(composed)).isSameAs(composed);
    }
}
