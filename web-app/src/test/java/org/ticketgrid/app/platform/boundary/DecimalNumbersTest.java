package org.ticketgrid.app.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;

class DecimalNumbersTest {

    private final SimpleTypeConverter conversion = new SimpleTypeConverter();

    DecimalNumbersTest() {
        DecimalNumbers.register(conversion);
    }

    @Test
    void decimalNumbersConvert() {
        assertThat(conversion.convertIfNecessary("16", int.class)).isEqualTo(16);
        assertThat(conversion.convertIfNecessary("-1", Integer.class)).isEqualTo(-1);
        assertThat(conversion.convertIfNecessary("+7", long.class)).isEqualTo(7L);
        assertThat(conversion.convertIfNecessary("-9223372036854775808", Long.class)).isEqualTo(Long.MIN_VALUE);
        assertThat(conversion.convertIfNecessary("52.37", Double.class)).isEqualTo(52.37);
        assertThat(conversion.convertIfNecessary("1e3", double.class)).isEqualTo(1000.0);
    }

    @Test
    void hexadecimalOctalAndOutOfRangeAreRefused() {
        for (String text : new String[] {"0x10", "#10", "0X1F", "2147483648", "1.5", "1_000", "٣"}) {
            assertThatThrownBy(() -> conversion.convertIfNecessary(text, int.class)).as(text)
                    .isInstanceOf(TypeMismatchException.class);
        }
        assertThatThrownBy(() -> conversion.convertIfNecessary("9223372036854775808", long.class))
                .isInstanceOf(TypeMismatchException.class);
    }

    @Test
    void notANumberInfinityAndHexFloatsAreRefused() {
        for (String text : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1e400", "1d", "1f"}) {
            assertThatThrownBy(() -> conversion.convertIfNecessary(text, Double.class)).as(text)
                    .isInstanceOf(TypeMismatchException.class);
        }
    }
}
