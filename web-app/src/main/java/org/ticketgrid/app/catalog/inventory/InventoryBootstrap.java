package org.ticketgrid.app.catalog.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;

/**
 * On start, creates the grid inventory of every published event that lacks it, e.g. after the
 * whole grid restarted. Idempotent and safe on every instance at once ({@code putIfAbsent}).
 */
@Component
@Order(0)
class InventoryBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryBootstrap.class);

    private final EventRepository events;
    private final ChangeEventStatus changeStatus;

    InventoryBootstrap(EventRepository events, ChangeEventStatus changeStatus) {
        this.events = events;
        this.changeStatus = changeStatus;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sections = 0;
        var published = events.findByStatus(EventStatus.PUBLISHED);
        for (var event : published) {
            sections += changeStatus.createInventory(event);
        }
        if (sections > 0) {
            LOG.info("rebuilt grid inventory: {} sections of {} published events", sections, published.size());
        }
    }
}
