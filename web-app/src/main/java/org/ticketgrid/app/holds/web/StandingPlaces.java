package org.ticketgrid.app.holds.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.inventory.SeatId;

/**
 * Turns "3 standing places in area X" into three free place ids, so a standing hold goes through
 * the same all-or-nothing seat hold as a seated one. Places are picked at random among the free
 * ones, so buyers asking at the same moment rarely pick the same place; when they do, the hold is
 * refused as taken and the caller picks again.
 */
@Component
class StandingPlaces {

    private final InventoryService inventory;
    private final SaleCatalog saleCatalog;

    StandingPlaces(InventoryService inventory, SaleCatalog saleCatalog) {
        this.inventory = inventory;
        this.saleCatalog = saleCatalog;
    }

    List<Long> pick(UUID eventId, Map<Long, Integer> quantities) {
        if (quantities.isEmpty()) {
            return List.of();
        }
        Map<Long, byte[]> states = inventory.seatStates(saleCatalog.offer(eventId), quantities.keySet(),
                System.currentTimeMillis());
        List<Long> picked = new ArrayList<>();
        quantities.forEach((sectionId, quantity) -> {
            byte[] codes = states.get(sectionId);
            if (codes == null) {
                throw new ApiProblems.InvalidRequest("unknown-seat",
                        "Area " + sectionId + " is not part of this event.");
            }
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == 0) {
                    free.add(i);
                }
            }
            if (free.size() < quantity) {
                throw new ApiProblems.Conflict("not-enough-places", free.isEmpty()
                        ? "That standing area is full right now."
                        : "Only " + free.size() + (free.size() == 1 ? " place is" : " places are")
                                + " left in that standing area.", Map.of("available", free.size()));
            }
            Collections.shuffle(free, ThreadLocalRandom.current());
            for (int i = 0; i < quantity; i++) {
                picked.add(SeatId.of(sectionId, free.get(i)).value());
            }
        });
        return picked;
    }
}
