package org.ticketgrid.app.platform.boundary;

import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterRegistry;

/**
 * Request parameters are decimal numbers, nothing else. Spring's default conversion reads
 * {@code page=0x10} as 16 and {@code #10} or {@code 010} as hexadecimal and octal, and
 * {@code Double.valueOf} takes {@code NaN}, {@code Infinity} and {@code 0x1p3}: none of that is
 * what a client means, and NaN got as far as Elasticsearch. Registered last, these converters
 * take precedence over the defaults; a refusal is a type mismatch, which is a 400.
 */
final class DecimalNumbers {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?");

    private DecimalNumbers() {
    }

    static void register(ConverterRegistry registry) {
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) t -> integer(t) == null ? null
                : Math.toIntExact(integer(t)));
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) DecimalNumbers::integer);
        registry.addConverter(String.class, Short.class, (Converter<String, Short>) t -> integer(t) == null ? null
                : shortValue(integer(t)));
        registry.addConverter(String.class, Double.class, (Converter<String, Double>) DecimalNumbers::decimal);
        registry.addConverter(String.class, Float.class, (Converter<String, Float>) t -> decimal(t) == null ? null
                : (float) (double) decimal(t));
    }

    /** A whole decimal number in {@code long} range, or null for an empty parameter. */
    static Long integer(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!INTEGER.matcher(t).matches()) {
            throw new IllegalArgumentException("not a decimal whole number");
        }
        return Long.parseLong(t); // NumberFormatException (an IllegalArgumentException) past long's range
    }

    /** A finite decimal number, or null for an empty parameter. */
    static Double decimal(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number");
        }
        return value;
    }

    private static short shortValue(long value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("out of range");
        }
        return (short) value;
    }
}
