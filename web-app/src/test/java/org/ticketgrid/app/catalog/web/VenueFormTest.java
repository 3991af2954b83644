package org.ticketgrid.app.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.ticketgrid.app.catalog.VenueLayout;

class VenueFormTest {

    @Test
    void seatedSectionsBecomeLabelledRowsAndStandingAreasACapacity() {
        List<String> problems = new ArrayList<>();
        var command = VenueForm.parse(fields("DE", "Stalls", "SEATED", "28", "12", "", "Pit", "GENERAL_ADMISSION",
                "", "", "500")).toCommand(UUID.randomUUID(), problems);
        assertThat(problems).isEmpty();
        VenueLayout.Section stalls = command.layout().sections().get(0);
        assertThat(stalls.rows()).hasSize(28);
        assertThat(stalls.rows().get(0).label()).isEqualTo("A");
        assertThat(stalls.rows().get(26).label()).isEqualTo("AA");
        assertThat(stalls.seatCount()).isEqualTo(28 * 12);
        assertThat(command.layout().sections().get(1).isGeneralAdmission()).isTrue();
        assertThat(command.layout().sections().get(1).seatCount()).isEqualTo(500);
        assertThat(command.country()).isEqualTo("DE");
    }

    @Test
    void everyProblemIsListedAndAbsurdSizesAreRefusedBeforeAnythingIsBuilt() {
        List<String> problems = new ArrayList<>();
        var command = VenueForm.parse(fields("Deutschland", "A", "SEATED", "2000000000", "5", "", "a", "SEATED",
                "2", "0", "", "Pit", "GENERAL_ADMISSION", "", "", "lots")).toCommand(UUID.randomUUID(), problems);
        assertThat(command).isNull();
        assertThat(problems).anyMatch(p -> p.contains("two-letter"))
                .anyMatch(p -> p.contains("1 to 500 rows"))
                .anyMatch(p -> p.contains("1 to 500 seats"))
                .anyMatch(p -> p.contains("whole number"));
    }

    @Test
    void rowLabelsStayUniqueForTheLargestSection() {
        var labels = VenueLayout.uniformRows(VenueLayout.MAX_ROWS_PER_SECTION, 1).stream()
                .map(VenueLayout.Row::label).distinct().count();
        assertThat(labels).isEqualTo(VenueLayout.MAX_ROWS_PER_SECTION);
    }

    private static MultiValueMap<String, String> fields(String country, String... sections) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("name", "Hall");
        fields.add("address", "1 Street");
        fields.add("city", "Berlin");
        fields.add("country", country);
        fields.add("timeZone", "Europe/Berlin");
        for (int i = 0; i < sections.length; i += 5) {
            fields.add("sectionName", sections[i]);
            fields.add("sectionKind", sections[i + 1]);
            fields.add("sectionRows", sections[i + 2]);
            fields.add("sectionSeats", sections[i + 3]);
            fields.add("sectionCapacity", sections[i + 4]);
        }
        return fields;
    }
}
