package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void encodesAsRfc4648Base32WithoutPadding() {
        // RFC 4648 section 10 test vectors, padding dropped
        assertThat(TicketCodes.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(TicketCodes.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(TicketCodes.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void codesCarry128RandomBitsAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = TicketCodes.next();
            assertThat(code).hasSize(TicketCodes.LENGTH).matches("[A-Z2-7]{26}");
            codes.add(code);
        }
        assertThat(codes).hasSize(20_000);
    }

    @Test
    void aCodeAsTypedOrScannedAtTheGateIsNormalizedOrRefused() {
        String code = TicketCodes.next();
        String readable = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        assertThat(TicketCodes.normalize(code)).isEqualTo(code);
        assertThat(TicketCodes.normalize(readable.toLowerCase(java.util.Locale.ROOT))).isEqualTo(code);
        assertThat(TicketCodes.normalize(" " + readable.replace('-', ' ') + "\n")).isEqualTo(code);
        assertThat(TicketCodes.normalize(code.substring(1))).as("too short").isNull();
        assertThat(TicketCodes.normalize(code.substring(1) + "1")).as("1 is not base32").isNull();
        assertThat(TicketCodes.normalize("x".repeat(100))).isNull();
        assertThat(TicketCodes.normalize(null)).isNull();
        assertThat(TicketCodes.normalize("' OR 1=1 --")).isNull();
    }
}
