package org.ticketgrid.app.platform.boundary;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.beans.PropertyEditorRegistry;

/**
 * Request parameters are decimal numbers, nothing else. Spring's default conversion reads
 * {@code page=0x10} (and {@code #10}) as hexadecimal 16, and
 * {@code Double.valueOf} takes {@code NaN}, {@code Infinity} and {@code 0x1p3}: none of that is
 * what a client means, and NaN got as far as Elasticsearch. A refusal is a type mismatch, which
 * is a 400 on the API and a field error on a form.
 */
final class DecimalNumbers {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?");

    private DecimalNumbers() {
    }

    /**
     * Registers decimal-only editors for the number types on a data binder. A binder's own editors
     * come before its conversion service, so these decide for every {@code @RequestParam},
     * {@code @PathVariable} and form field.
     */
    static void register(PropertyEditorRegistry binder) {
        binder.registerCustomEditor(int.class, editor(t -> toInt(integer(t)), false));
        binder.registerCustomEditor(Integer.class, editor(t -> toInt(integer(t)), true));
        binder.registerCustomEditor(long.class, editor(DecimalNumbers::integer, false));
        binder.registerCustomEditor(Long.class, editor(DecimalNumbers::integer, true));
        binder.registerCustomEditor(short.class, editor(t -> integer(t) == null ? null : shortValue(integer(t)), false));
        binder.registerCustomEditor(Short.class, editor(t -> integer(t) == null ? null : shortValue(integer(t)), true));
        binder.registerCustomEditor(double.class, editor(DecimalNumbers::decimal, false));
        binder.registerCustomEditor(Double.class, editor(DecimalNumbers::decimal, true));
        binder.registerCustomEditor(float.class, editor(t -> decimal(t) == null ? null : (float) (double) decimal(t),
                false));
        binder.registerCustomEditor(Float.class, editor(t -> decimal(t) == null ? null : (float) (double) decimal(t),
                true));
    }

    private static PropertyEditor editor(Function<String, Object> parse, boolean nullable) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                Object value = text == null ? null : parse.apply(text);
                if (value == null && !nullable) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(value);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        };
    }

    private static Integer toInt(Long value) {
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of range");
        }
        return value.intValue();
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
