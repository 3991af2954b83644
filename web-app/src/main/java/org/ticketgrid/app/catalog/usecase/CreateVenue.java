package org.ticketgrid.app.catalog.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.VenueLayout;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.catalog.persistence.SeatRows.SeatRow;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.inventory.SeatId;

/** Creates a venue with its layout: sections, then every seat in one batch. */
@Service
public class CreateVenue {

    /** What a merchant gives to create a venue. */
    public record Command(UUID ownerId, String name, String address, String city, String country, Double latitude,
            Double longitude, String timeZone, VenueLayout layout) {
    }

    /** The created venue and its seats. */
    public record Result(VenueEntity venue, List<SeatRow> seats) {
    }

    private static final float SECTION_GAP = 4f;
    private static final int SECTIONS_PER_BAND = 4;

    private final VenueRepository venues;
    private final SeatRows seats;

    CreateVenue(VenueRepository venues, SeatRows seats) {
        this.venues = venues;
        this.seats = seats;
    }

    @Transactional
    public Result create(Command command) {
        List<String> problems = command.layout().problems();
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidRequest("invalid-layout", String.join("; ", problems),
                    Map.of("errors", problems));
        }
        VenueEntity venue = new VenueEntity(UUID.randomUUID(), command.ownerId(), command.name().trim(),
                command.address().trim(), command.city().trim(), command.country(), command.latitude(),
                command.longitude(), command.timeZone() == null ? "UTC" : command.timeZone());
        List<VenueLayout.Section> layout = command.layout().sections();
        for (VenueLayout.Section section : layout) {
            venue.addSection(section.name().trim(), section.isGeneralAdmission() ? "GENERAL_ADMISSION" : "SEATED",
                    section.seatCount());
        }
        venues.saveAndFlush(venue);
        List<SeatRow> rows = seatRows(venue.getSections(), layout);
        seats.insert(rows);
        return new Result(venue, rows);
    }

    /** Seats with positions for drawing: sections side by side in bands, rows top to bottom. */
    static List<SeatRow> seatRows(List<SectionEntity> sections, List<VenueLayout.Section> layout) {
        List<SeatRow> rows = new ArrayList<>();
        float bandX = 0;
        float bandY = 0;
        float bandHeight = 0;
        for (int s = 0; s < sections.size(); s++) {
            VenueLayout.Section spec = layout.get(s);
            if (spec.isGeneralAdmission()) {
                continue;
            }
            if (s > 0 && s % SECTIONS_PER_BAND == 0) {
                bandX = 0;
                bandY += bandHeight + SECTION_GAP;
                bandHeight = 0;
            }
            long sectionId = sections.get(s).getId();
            int index = 0;
            int widest = 0;
            for (int r = 0; r < spec.rows().size(); r++) {
                VenueLayout.Row row = spec.rows().get(r);
                widest = Math.max(widest, row.seats());
                for (int n = 1; n <= row.seats(); n++) {
                    rows.add(new SeatRow(SeatId.of(sectionId, index).value(), sectionId, index, row.label().trim(), n,
                            bandX + n - 1, bandY + r));
                    index++;
                }
            }
            bandX += widest + SECTION_GAP;
            bandHeight = Math.max(bandHeight, spec.rows().size());
        }
        return rows;
    }
}
