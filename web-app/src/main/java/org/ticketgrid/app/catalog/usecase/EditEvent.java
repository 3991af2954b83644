package org.ticketgrid.app.catalog.usecase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.EventSummary;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.TicketTypeEntity;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.notifications.NotificationKind;

/**
 * Edits an event without ever breaking a hold or a sold ticket. A draft may change everything but
 * its venue and which sections each ticket type prices (the grid inventory is per section, and a
 * draft that was published once may still have held or sold seats). A published event may change
 * only how it is described and when it is: name, description, image, start and end. Prices, sale
 * terms and ticket types stay as sold. Cancelled and ended events do not change at all. Holds and
 * tickets carry their own price, so even a draft's new price never changes what someone pays for
 * a seat already held or bought.
 */
@Service
public class EditEvent {

    /** A new name and price for an existing ticket type of the event. */
    public record TicketTypeChange(UUID id, String name, long priceCents) {
    }

    /**
     * What to change; {@code null} fields stay as they are. {@code category}, {@code timeZone},
     * {@code highDemand}, {@code salesOpenAt} and {@code ticketTypes} are for drafts only.
     */
    public record Command(String name, String description, String imageUrl, Instant startsAt, Instant endsAt,
            String category, String timeZone, Boolean highDemand, Instant salesOpenAt,
            List<TicketTypeChange> ticketTypes) {

        boolean changesTerms(EventEntity event) {
            return (category != null && !category.trim().equalsIgnoreCase(event.getCategory()))
                    || (timeZone != null && !timeZone.equals(event.getTimeZone()))
                    || (highDemand != null && highDemand != event.isHighDemand())
                    || (salesOpenAt != null && !salesOpenAt.equals(event.getSalesOpenAt()))
                    || changesTicketTypes(event);
        }

        private boolean changesTicketTypes(EventEntity event) {
            if (ticketTypes == null) {
                return false;
            }
            Map<UUID, TicketTypeEntity> existing = new HashMap<>();
            event.getTicketTypes().forEach(t -> existing.put(t.getId(), t));
            for (TicketTypeChange change : ticketTypes) {
                TicketTypeEntity type = existing.get(change.id());
                if (type == null || type.getPriceCents() != change.priceCents() || change.name() == null
                        || !type.getName().equals(change.name().trim())) {
                    return true;
                }
            }
            return false;
        }
    }

    private final EventRepository events;
    private final SaleCatalog saleCatalog;

    private final Outbox outbox;

    EditEvent(EventRepository events, SaleCatalog saleCatalog, Outbox outbox) {
        this.outbox = outbox;
        this.events = events;
        this.saleCatalog = saleCatalog;
    }

    @Transactional
    public EventSummary edit(UUID eventId, Actor actor, Command command) {
        EventEntity event = events.findForUpdate(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        if (!actor.mayManage(event.getMerchantId())) {
            throw new ApiProblems.Forbidden("not-your-event", "Only the merchant of this event can change it.");
        }
        EventStatus status = event.getStatus();
        if (status == EventStatus.CANCELLED || status == EventStatus.ENDED) {
            throw new ApiProblems.Conflict("event-closed", "A " + status.name().toLowerCase(Locale.ROOT)
                    + " event cannot be edited.", Map.of("status", status.name()));
        }
        if (status != EventStatus.DRAFT && command.changesTerms(event)) {
            throw new ApiProblems.Conflict("published-terms-locked", "Once published, only the name, description, "
                    + "image and dates of an event can change; prices and sale terms stay as sold.",
                    Map.of("status", status.name()));
        }
        Instant startsAt = command.startsAt() == null ? event.getStartsAt() : command.startsAt();
        Instant endsAt = command.endsAt() == null ? event.getEndsAt() : command.endsAt();
        Instant salesOpenAt = command.salesOpenAt() == null ? event.getSalesOpenAt() : command.salesOpenAt();
        List<String> problems = problems(command, event, startsAt, endsAt, salesOpenAt);
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidRequest("invalid-event", String.join("; ", problems),
                    Map.of("errors", problems));
        }
        Instant startedAt = event.getStartsAt();
        event.describe(command.name() == null ? event.getName() : command.name().trim(),
                command.description() == null ? event.getDescription() : command.description().trim(),
                command.imageUrl() == null ? event.getImageUrl() : blankToNull(command.imageUrl()), startsAt, endsAt);
        if (status == EventStatus.DRAFT) {
            event.changeTerms(command.category() == null ? event.getCategory()
                    : command.category().trim().toUpperCase(Locale.ROOT),
                    command.timeZone() == null ? event.getTimeZone() : command.timeZone(),
                    command.highDemand() == null ? event.isHighDemand() : command.highDemand(), salesOpenAt);
            reprice(event, command.ticketTypes());
        }
        events.saveAndFlush(event);
        if (status != EventStatus.DRAFT && !startsAt.equals(startedAt)) {
            // Ticket holders hear of the new date (the notifications pipeline finds them).
            outbox.record(NotificationKind.EVENT_RESCHEDULED, null, eventId.toString(),
                    Map.of("from", startedAt.toString(), "to", startsAt.toString()));
        }
        saleCatalog.evictAfterCommit(eventId);
        return EventSummary.of(event);
    }

    private static void reprice(EventEntity event, List<TicketTypeChange> changes) {
        if (changes == null) {
            return;
        }
        Map<UUID, TicketTypeChange> byId = new HashMap<>();
        changes.forEach(c -> byId.put(c.id(), c));
        for (TicketTypeEntity type : event.getTicketTypes()) {
            TicketTypeChange change = byId.get(type.getId());
            if (change != null) {
                type.reprice(change.name().trim(), change.priceCents());
            }
        }
    }

    private static List<String> problems(Command command, EventEntity event, Instant startsAt, Instant endsAt,
            Instant salesOpenAt) {
        List<String> problems = new ArrayList<>();
        if (command.name() != null && command.name().isBlank()) {
            problems.add("the name must not be blank");
        }
        if (command.category() != null && command.category().isBlank()) {
            problems.add("the category must not be blank");
        }
        if (!endsAt.isAfter(startsAt)) {
            problems.add("endsAt must be after startsAt");
        }
        if (event.getStatus() == EventStatus.DRAFT && salesOpenAt != null && salesOpenAt.isAfter(startsAt)) {
            problems.add("salesOpenAt must not be after startsAt");
        }
        if (command.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(command.timeZone())) {
            problems.add("unknown time zone '" + command.timeZone() + "'");
        }
        if (command.ticketTypes() != null) {
            problems.addAll(ticketTypeProblems(command.ticketTypes(), event));
        }
        return problems;
    }

    /** Unknown types, bad prices, and names that would clash once renamed (the table allows one per event). */
    private static List<String> ticketTypeProblems(List<TicketTypeChange> changes, EventEntity event) {
        List<String> problems = new ArrayList<>();
        Map<UUID, String> finalNames = new HashMap<>();
        event.getTicketTypes().forEach(t -> finalNames.put(t.getId(), t.getName()));
        for (TicketTypeChange change : changes) {
            if (!finalNames.containsKey(change.id())) {
                problems.add("ticket type " + change.id() + " is not part of this event");
            } else if (change.name() == null || change.name().isBlank()) {
                problems.add("every ticket type needs a name");
            } else {
                finalNames.put(change.id(), change.name().trim());
            }
            if (change.priceCents() < 0 || change.priceCents() > 100_000_000) {
                problems.add("a price must be between 0 and 1,000,000.00");
            }
        }
        Set<String> names = new HashSet<>();
        for (String name : finalNames.values()) {
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add("duplicate ticket type '" + name + "'");
            }
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }
}
