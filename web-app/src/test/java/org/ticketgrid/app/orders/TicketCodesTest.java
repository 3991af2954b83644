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
}
