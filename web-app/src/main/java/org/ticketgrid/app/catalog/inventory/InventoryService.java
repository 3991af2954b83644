package org.ticketgrid.app.catalog.inventory;

import com.hazelcast.map.IMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.Stripes;
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
            int capacity = section.getValue();
            for (int stripe = 0; stripe < Stripes.count(capacity); stripe++) {
                SectionKey key = new SectionKey(eventId, section.getKey(), stripe);
                if (inventory.putIfAbsent(key, SectionInventory.available(Stripes.capacityOf(capacity, stripe)))
                        == null) {
                    created++;
                }
            }
        }
        return created;
    }

    /** As {@link #seatStates(String, Map, long)}, for the sections of {@code offer} among {@code sectionIds}. */
    public Map<Long, byte[]> seatStates(SaleCatalog.Offer offer, Set<Long> sectionIds, long now) {
        Map<Long, Integer> capacities = new HashMap<>();
        for (Long id : sectionIds) {
            SaleCatalog.Price section = offer.priceOfSection().get(id);
            if (section != null) {
                capacities.put(id, section.capacity());
            }
        }
        return seatStates(offer.eventId().toString(), capacities, now);
    }

    /**
     * The state code of every seat of the given sections (section id to capacity), now, indexed by
     * seat index. Sections without inventory are absent.
     */
    public Map<Long, byte[]> seatStates(String eventId, Map<Long, Integer> capacities, long now) {
        Set<SectionKey> keys = new HashSet<>();
        capacities.forEach((id, capacity) -> {
            for (int stripe = 0; stripe < Stripes.count(capacity); stripe++) {
                keys.add(new SectionKey(eventId, id, stripe));
            }
        });
        Map<SectionKey, byte[]> raw = inventory.executeOnKeys(keys, new SeatStatesProcessor(now));
        Map<Long, byte[]> states = new HashMap<>();
        raw.forEach((key, codes) -> {
            if (codes != null) {
                byte[] all = states.computeIfAbsent(key.sectionId(), id -> new byte[capacities.get(id)]);
                System.arraycopy(codes, 0, all, Stripes.globalIndex(key.stripe(), 0), codes.length);
            }
        });
        return states;
    }
}
