package org.ticketgrid.app.inventory;

import com.hazelcast.map.IMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;

/** The web app's side of the seat inventory in the grid. */
@Service
public class InventoryService {

    private final IMap<SectionKey, SectionInventory> inventory;

    InventoryService(IMap<SectionKey, SectionInventory> inventory) {
        this.inventory = inventory;
    }

    /**
     * Creates the inventory of an event's sections, all seats available, leaving existing entries
     * alone: safe to repeat (publish retried, or rebuilt after a grid restart).
     *
     * @param capacities section id to number of seats
     * @return how many sections were created
     */
    public int createIfAbsent(String eventId, Map<Long, Integer> capacities) {
        int created = 0;
        for (var section : capacities.entrySet()) {
            SectionKey key = new SectionKey(eventId, section.getKey());
            if (inventory.putIfAbsent(key, SectionInventory.available(section.getValue())) == null) {
                created++;
            }
        }
        return created;
    }

    public boolean exists(String eventId, long sectionId) {
        return inventory.containsKey(new SectionKey(eventId, sectionId));
    }

    /** The state code of every seat of the given sections, now. Missing sections are absent. */
    public Map<Long, byte[]> seatStates(String eventId, Set<Long> sectionIds, long now) {
        Set<SectionKey> keys = new HashSet<>();
        for (Long id : sectionIds) {
            keys.add(new SectionKey(eventId, id));
        }
        Map<SectionKey, byte[]> raw = inventory.executeOnKeys(keys, new SeatStatesProcessor(now));
        Map<Long, byte[]> states = new HashMap<>();
        raw.forEach((key, codes) -> {
            if (codes != null) {
                states.put(key.sectionId(), codes);
            }
        });
        return states;
    }
}
