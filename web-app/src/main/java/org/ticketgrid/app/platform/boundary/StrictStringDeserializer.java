package org.ticketgrid.app.platform.boundary;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string of a JSON request body: only a JSON string is a string (no {@code true} stored as
 * "true", no number quietly turned into text), and it must pass {@link CleanText}; it is read in
 * NFC. A refusal names the field through {@code BodyErrors}, as any other wrong field.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (!CleanText.acceptable(text)) {
            throw new UncleanText(parser, text);
        }
        return CleanText.normalize(text);
    }

    /** A string with a control character or a broken surrogate; its message is safe to show. */
    static final class UncleanText extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        UncleanText(JsonParser parser, String text) {
            super(parser, CleanText.REFUSED, text, String.class);
        }
    }
}
