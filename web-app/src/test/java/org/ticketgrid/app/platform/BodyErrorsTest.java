package org.ticketgrid.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class BodyErrorsTest {

    enum Kind { SEATED, STANDING }

    record Line(String name, long priceCents, List<Long> sectionIds) {
    }

    record Body(UUID venueId, Instant startsAt, boolean highDemand, Kind kind, List<Line> lines) {
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Map<String, String> errorFor(String json) {
        Throwable failure = catchThrowable(() -> mapper.readValue(json, Body.class));
        assertThat(failure).as("the mapper must refuse %s", json).isNotNull();
        List<Map<String, String>> errors = BodyErrors.describe(failure);
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    @Test
    void aMissingPrimitiveInsideAnArrayIsNamedWithItsPathAndSaidToBeRequired() {
        var error = errorFor("{\"highDemand\": false, \"lines\": [{\"name\": \"A\", \"priceCents\": 5},"
                + " {\"name\": \"B\"}]}");
        assertThat(error).containsEntry("field", "lines[1].priceCents")
                .containsEntry("message", "is required: a whole number");
    }

    @Test
    void aWrongTypeSaysWhatTheFieldTakes() {
        assertThat(errorFor("{\"highDemand\": false, \"lines\": [{\"name\": \"A\", \"priceCents\": \"ten\"}]}"))
                .containsEntry("field", "lines[0].priceCents").containsEntry("message", "must be a whole number");
        assertThat(errorFor("{\"highDemand\": \"maybe\"}"))
                .containsEntry("field", "highDemand").containsEntry("message", "must be true or false");
        assertThat(errorFor("{\"highDemand\": false, \"venueId\": \"not-a-uuid\"}"))
                .containsEntry("field", "venueId");
        assertThat(errorFor("{\"highDemand\": false, \"venueId\": \"not-a-uuid\"}").get("message"))
                .startsWith("must be a UUID");
        assertThat(errorFor("{\"highDemand\": false, \"startsAt\": \"next friday\"}"))
                .containsEntry("field", "startsAt")
                .containsEntry("message", "must be an ISO 8601 instant such as 2027-03-01T20:00:00Z");
        assertThat(errorFor("{\"highDemand\": false, \"lines\": {\"name\": \"A\"}}"))
                .containsEntry("field", "lines").containsEntry("message", "must be an array");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertThat(errorFor("{\"highDemand\": false, \"kind\": \"VIP\"}"))
                .containsEntry("field", "kind").containsEntry("message", "must be one of SEATED, STANDING");
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThat(errorFor("{\"highDemand\": false, \"price\": 5}"))
                .containsEntry("field", "price").containsEntry("message", "is not a field of this request");
    }

    @Test
    void brokenJsonGivesItsPlaceAndNoParserText() {
        var error = errorFor("{\"highDemand\": false,\n \"lines\": [}");
        assertThat(error.get("field")).isEmpty();
        assertThat(error.get("message")).startsWith("is not valid JSON (line 2, column ");
        assertThat(error.values()).noneMatch(v -> v.contains("jackson") || v.contains("Exception"));
    }

    @Test
    void noJavaTypeNameEverLeaks() {
        for (String json : List.of("[1, 2]", "{\"lines\": [[1]]}", "{\"highDemand\": false, \"lines\": [{\"sectionIds\": [\"x\"]}]}")) {
            var error = errorFor(json);
            assertThat(error.values()).as(json)
                    .noneMatch(v -> v.contains("org.") || v.contains("java.") || v.contains("Body") || v.contains("$"));
        }
    }

    @Test
    void somethingThatIsNotAJsonProblemGivesNoFieldErrors() {
        assertThat(BodyErrors.describe(new IllegalStateException("stream closed"))).isEmpty();
        assertThat(BodyErrors.describe(null)).isEmpty();
    }
}
