package org.ticketgrid.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.accounts.usecase.AccountBootstrap;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;
import org.ticketgrid.app.catalog.usecase.CreateEvent;
import org.ticketgrid.app.catalog.usecase.CreateVenue;
import org.ticketgrid.app.platform.Actor;

/**
 * Loads the demo catalog of {@link DemoCatalogPlan} through the same use cases merchants use, so it
 * flows through CDC into search like any other data. Idempotent venue by venue: a venue of the
 * demo merchant (or of nobody) that already exists by name is skipped, and each venue is created with all its
 * events in one transaction, so a crash half-way leaves whole venues and the next start finishes
 * the rest. With everything loaded a start costs one query. Everything belongs to the demo
 * merchant ({@code merchant@ticketgrid.local}), created just before by {@link AccountBootstrap}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("ticketgrid.demo-data.enabled")
class DemoCatalog implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

    private final CreateVenue createVenue;
    private final CreateEvent createEvent;
    private final ChangeEventStatus changeStatus;
    private final AccountBootstrap accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoCatalog(CreateVenue createVenue, CreateEvent createEvent, ChangeEventStatus changeStatus,
            AccountBootstrap accounts, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.createVenue = createVenue;
        this.createEvent = createEvent;
        this.changeStatus = changeStatus;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor merchant = new Actor(accounts.demoMerchant().orElseThrow(
                () -> new IllegalStateException("the demo merchant account is missing")), false);
        // Venues without an owner are the first demo catalog's (loaded before accounts existed).
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "SELECT name FROM venues WHERE owner_id = ? OR owner_id IS NULL", String.class, merchant.id()));
        List<DemoCatalogPlan.Venue> plan = DemoCatalogPlan.venues();
        List<DemoCatalogPlan.Venue> missing = new ArrayList<>();
        for (DemoCatalogPlan.Venue venue : plan) {
            if (!existing.contains(venue.name())) {
                missing.add(venue);
            }
        }
        if (missing.isEmpty()) {
            LOG.info("demo catalog: all {} venues present, nothing to load", plan.size());
            return;
        }
        long start = System.nanoTime();
        int events = 0;
        int seats = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (DemoCatalogPlan.Venue venue : missing) {
            Integer created = transaction.execute(tx -> load(venue, merchant, now));
            events += created == null ? 0 : created;
            seats += venue.capacity();
        }
        LOG.info("demo catalog loaded in {} ms: {} venues ({} places), {} events", (System.nanoTime() - start)
                / 1_000_000, missing.size(), seats, events);
    }

    private int load(DemoCatalogPlan.Venue spec, Actor merchant, Instant now) {
        VenueEntity venue = createVenue.create(new CreateVenue.Command(merchant.id(), spec.name(), spec.address(),
                spec.city(), spec.country(), spec.lat(), spec.lon(), spec.zone(), spec.layout())).venue();
        List<DemoCatalogPlan.Event> events = DemoCatalogPlan.events(spec, LocalDate.now(ZoneId.of(spec.zone())), now);
        for (DemoCatalogPlan.Event e : events) {
            UUID id = createEvent.create(merchant, new CreateEvent.Command(merchant.id(), venue.getId(), e.name(),
                    e.description(), e.category(), e.startsAt(), e.endsAt(), spec.zone(), e.highDemand(),
                    e.salesOpenAt(), null, ticketTypes(venue.getSections(), e))).id();
            if (e.publish()) {
                changeStatus.publish(id, merchant);
            }
        }
        return events.size();
    }

    /** Up to three price bands: the first sections dearest, standing areas cheapest. */
    private static List<CreateEvent.TicketTypeSpec> ticketTypes(List<SectionEntity> sections,
            DemoCatalogPlan.Event event) {
        List<Long> premium = new ArrayList<>();
        List<Long> standard = new ArrayList<>();
        List<Long> standing = new ArrayList<>();
        int seated = (int) sections.stream().filter(s -> !s.isGeneralAdmission()).count();
        int index = 0;
        for (SectionEntity s : sections) {
            if (s.isGeneralAdmission()) {
                standing.add(s.getId());
            } else {
                (index++ < Math.max(1, seated / 3) ? premium : standard).add(s.getId());
            }
        }
        long base = event.basePriceCents();
        List<CreateEvent.TicketTypeSpec> types = new ArrayList<>();
        if (!premium.isEmpty()) {
            types.add(new CreateEvent.TicketTypeSpec("Premium", base * 2, event.currency(), premium));
        }
        if (!standard.isEmpty()) {
            types.add(new CreateEvent.TicketTypeSpec("Standard", base, event.currency(), standard));
        }
        if (!standing.isEmpty()) {
            types.add(new CreateEvent.TicketTypeSpec("Standing", Math.max(1000, base * 3 / 4), event.currency(),
                    standing));
        }
        return types;
    }
}
