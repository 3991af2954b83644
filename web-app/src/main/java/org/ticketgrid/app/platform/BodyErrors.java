package org.ticketgrid.app.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ticketgrid.app.platform.boundary.CleanText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says which field of an unreadable JSON body is wrong and what it should be, so a client gets
 * {@code {"field": "ticketTypes[0].priceCents", "message": "is required: a whole number"}}
 * instead of a bare "malformed". It names only the request's own fields and plain JSON types:
 * never a Java class, never the parser's message.
 */
public final class BodyErrors {

    private BodyErrors() {
    }

    /** The field errors for the cause of an unreadable body; empty when nothing can be said. */
    public static List<Map<String, String>> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return List.of(Map.of("field", "", "message", "is not valid JSON" + where(syntax.getLocation())));
            }
            if (t instanceof DatabindException binding) {
                return List.of(Map.of("field", path(binding.getPath()), "message", message(binding)));
            }
        }
        return List.of();
    }

    private static String message(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return CleanText.REFUSED; // a JSON string, but with control characters or broken surrogates
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isPrimitive() && isMissingOrNull(e)) {
                return "is required: " + expected(type);
            }
            return "must be " + expected(type);
        }
        return "has a value of the wrong shape";
    }

    // Jackson says "Cannot map `null` into type `int`" when a primitive is absent or null.
    private static boolean isMissingOrNull(DatabindException e) {
        String text = e.getOriginalMessage();
        return text != null && text.contains("`null`");
    }

    static String expected(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID such as 3f2b8c1e-5d4a-4e9b-9c7d-2a1b0c9d8e7f";
        }
        if (type == Instant.class) {
            return "an ISO 8601 instant such as 2027-03-01T20:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2027-03-01";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
