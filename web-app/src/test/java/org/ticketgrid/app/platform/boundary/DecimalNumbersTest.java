package org.ticketgrid.app.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

class DecimalNumbersTest {

    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    DecimalNumbersTest() {
        DecimalNumbers.register(conversion);
    }

    @Test
    void decimalNumbersConvert() {
        assertThat(conversion.convert("16", int.class)).isEqualTo(16);
        assertThat(conversion.convert("-1", Integer.class)).isEqualTo(-1);
        assertThat(conversion.convert("+7", long.class)).isEqualTo(7L);
        assertThat(conversion.convert("-9223372036854775808", Long.class)).isEqualTo(Long.MIN_VALUE);
        assertThat(conversion.convert("52.37", Double.class)).isEqualTo(52.37);
        assertThat(conversion.convert("1e3", double.class)).isEqualTo(1000.0);
    }

    @Test
    void hexadecimalOctalAndOutOfRangeAreRefused() {
        for (String text : new String[] {"0x10", "#10", "0X1F", "2147483648", "1.5", "1_000", "٣"}) {
            assertThatThrownBy(() -> conversion.convert(text, int.class)).as(text)
                    .isInstanceOf(ConversionFailedException.class);
        }
        assertThatThrownBy(() -> conversion.convert("9223372036854775808", long.class))
                .isInstanceOf(ConversionFailedException.class);
    }

    @Test
    void notANumberInfinityAndHexFloatsAreRefused() {
        for (String text : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1e400", "1d", "1f"}) {
            assertThatThrownBy(() -> conversion.convert(text, Double.class)).as(text)
                    .isInstanceOf(ConversionFailedException.class);
        }
    }
}
