package org.ticketgrid.app.catalog.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.catalog.EventQueries;
import org.ticketgrid.app.catalog.VenueLayout;
import org.ticketgrid.app.catalog.EventSummary;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;
import org.ticketgrid.app.catalog.usecase.CreateEvent;
import org.ticketgrid.app.catalog.usecase.CreateVenue;
import org.ticketgrid.app.catalog.usecase.EditEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.PatchMapping;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.Ids;
import org.springframework.security.core.Authentication;

/** Catalog endpoints: venues and events (merchants write, everyone reads). */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

    record RowRequest(@NotBlank @Size(max = 20) String label,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(1) @Max(VenueLayout.MAX_SEATS_PER_ROW) int seats) {
    }

    record SectionRequest(@NotBlank @Size(max = 100) String name, @Valid List<RowRequest> rows,
            @Min(1) Integer capacity) {
    }

    record CreateVenueRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 100) String city,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude, @Size(max = 60) String timeZone,
            @NotEmpty @Size(max = VenueLayout.MAX_SECTIONS) @Valid List<SectionRequest> sections) {
    }

    record SeatResponse(@JsonFormat(shape = JsonFormat.Shape.STRING) long id, String row, int number) {
    }

    record SectionResponse(@JsonFormat(shape = JsonFormat.Shape.STRING) long id, String name, String kind, int capacity, List<SeatResponse> seats) {
    }

    record VenueResponse(UUID id, String name, String address, String city, String country, Double latitude,
            Double longitude, String timeZone, List<SectionResponse> sections) {
    }

    record TicketTypeRequest(@NotBlank @Size(max = 100) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(0) @Max(100_000_000) long priceCents,
            @NotNull @Pattern(regexp = "[A-Za-z]{3}") String currency, @NotEmpty List<@NotNull Long> sectionIds) {
    }

    record CreateEventRequest(@NotNull UUID venueId, @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) String description, @NotBlank @Size(max = 40) String category,
            @NotNull Instant startsAt, @NotNull Instant endsAt, @Size(max = 60) String timeZone,
            @Schema(description = "A high-demand on-sale (waiting room, own payment topic); false when absent")
            Boolean highDemand, Instant salesOpenAt, @Size(max = 500) String imageUrl,
            @NotEmpty @Size(max = 50) @Valid List<TicketTypeRequest> ticketTypes) {
    }

    record TicketTypeChangeRequest(@NotNull UUID id, @NotBlank @Size(max = 100) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(0) @Max(100_000_000) long priceCents) {
    }

    /** Fields left out (null) stay as they are; a published event takes only the first five. */
    record EditEventRequest(@Size(max = 200) String name, @Size(max = 10_000) String description,
            @Size(max = 500) String imageUrl, Instant startsAt, Instant endsAt, @Size(max = 40) String category,
            @Size(max = 60) String timeZone, Boolean highDemand, Instant salesOpenAt,
            @Size(max = 50) @Valid List<TicketTypeChangeRequest> ticketTypes) {
    }

    record TicketTypeResponse(UUID id, String name, long priceCents, String currency) {
    }

    record EventResponse(UUID id, UUID venueId, String name, String description, String category, Instant startsAt,
            Instant endsAt, String timeZone, String status, boolean highDemand, Instant salesOpenAt,
            List<TicketTypeResponse> ticketTypes) {

        static EventResponse of(EventSummary e) {
            return new EventResponse(e.id(), e.venueId(), e.name(), e.description(), e.category(), e.startsAt(),
                    e.endsAt(), e.timeZone(), e.status().name(), e.highDemand(), e.salesOpenAt(), e.ticketTypes()
                            .stream().map(t -> new TicketTypeResponse(t.id(), t.name(), t.priceCents(), t.currency()))
                            .toList());
        }
    }

    private final CreateVenue createVenue;
    private final CreateEvent createEvent;
    private final ChangeEventStatus changeStatus;
    private final EventQueries queries;
    private final EditEvent editEvent;

    CatalogApi(CreateVenue createVenue, CreateEvent createEvent, ChangeEventStatus changeStatus,
            EventQueries queries, EditEvent editEvent) {
        this.editEvent = editEvent;
        this.createVenue = createVenue;
        this.createEvent = createEvent;
        this.changeStatus = changeStatus;
        this.queries = queries;
    }

    @PostMapping("/venues")
    ResponseEntity<VenueResponse> createVenue(@Valid @RequestBody CreateVenueRequest request,
            Authentication caller) {
        var layout = new VenueLayout(request.sections().stream()
                .map(s -> new VenueLayout.Section(s.name(),
                        s.rows() == null ? List.of() : s.rows().stream()
                                .map(r -> new VenueLayout.Row(r.label(), r.seats())).toList(),
                        s.capacity()))
                .toList());
        var result = createVenue.create(new CreateVenue.Command(Actor.of(caller).id(), request.name(), request.address(),
                request.city(), request.country(), request.latitude(), request.longitude(), request.timeZone(),
                layout));
        var venue = result.venue();
        Map<Long, List<SeatResponse>> seats = result.seats().stream().collect(java.util.stream.Collectors.groupingBy(
                s -> s.sectionId(), java.util.stream.Collectors.mapping(
                        s -> new SeatResponse(s.id(), s.row(), s.number()), java.util.stream.Collectors.toList())));
        var body = new VenueResponse(venue.getId(), venue.getName(), venue.getAddress(), venue.getCity(),
                venue.getCountry(), venue.getLatitude(), venue.getLongitude(), venue.getTimeZone(),
                venue.getSections().stream().map(s -> new SectionResponse(s.getId(), s.getName(), s.getKind(),
                        s.getCapacity(), seats.getOrDefault(s.getId(), List.of()))).toList());
        return ResponseEntity.created(URI.create("/api/v1/venues/" + venue.getId())).body(body);
    }

    @PostMapping("/events")
    ResponseEntity<EventResponse> createEvent(@Valid @RequestBody CreateEventRequest request,
            Authentication caller) {
        Actor actor = Actor.of(caller);
        var event = createEvent.create(actor, new CreateEvent.Command(actor.id(), request.venueId(), request.name(),
                request.description(), request.category(), request.startsAt(), request.endsAt(), request.timeZone(),
                Boolean.TRUE.equals(request.highDemand()), request.salesOpenAt(), request.imageUrl(),
                request.ticketTypes().stream().map(t -> new CreateEvent.TicketTypeSpec(t.name(), t.priceCents(),
                        t.currency(), t.sectionIds())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id())).body(EventResponse.of(event));
    }

    @PostMapping("/events/{id}/publish")
    EventResponse publish(@PathVariable String id, Authentication caller) {
        return EventResponse.of(changeStatus.publish(Ids.uuid(id, "event"), Actor.of(caller)));
    }

    @PostMapping("/events/{id}/cancel")
    EventResponse cancel(@PathVariable String id, Authentication caller) {
        return EventResponse.of(changeStatus.cancel(Ids.uuid(id, "event"), Actor.of(caller)));
    }

    @Operation(summary = "Edit an event", description = "A draft may change everything but its venue and the "
            + "sections of its ticket types; a published event only name, description, imageUrl, startsAt and "
            + "endsAt (anything else: 409 published-terms-locked); cancelled and ended events nothing (409).")
    @PatchMapping("/events/{id}")
    EventResponse edit(@PathVariable String id, @Valid @RequestBody EditEventRequest request, Authentication caller) {
        var command = new EditEvent.Command(request.name(), request.description(), request.imageUrl(),
                request.startsAt(), request.endsAt(), request.category(), request.timeZone(), request.highDemand(),
                request.salesOpenAt(), request.ticketTypes() == null ? null : request.ticketTypes().stream()
                        .map(t -> new EditEvent.TicketTypeChange(t.id(), t.name(), t.priceCents())).toList());
        return EventResponse.of(editEvent.edit(Ids.uuid(id, "event"), Actor.of(caller), command));
    }

    @Operation(summary = "Unpublish an event (moderation, admins only)", description = "A published event goes "
            + "back to DRAFT: hidden from customers, no new holds; its inventory, holds and tickets stay.")
    @PostMapping("/admin/events/{id}/unpublish")
    EventResponse unpublish(@PathVariable String id, Authentication caller) {
        return EventResponse.of(changeStatus.unpublish(Ids.uuid(id, "event"), Actor.of(caller)));
    }

    @GetMapping("/events/{id}")
    EventQueries.EventView event(@PathVariable String id) {
        return queries.details(Ids.uuid(id, "event"));
    }

    record SeatMapResponse(UUID eventId, List<EventQueries.SectionView> sections) {
    }

    @GetMapping("/events/{id}/seats")
    SeatMapResponse seats(@PathVariable String id) {
        UUID eventId = Ids.uuid(id, "event");
        return new SeatMapResponse(eventId, queries.seatMap(eventId));
    }
}
