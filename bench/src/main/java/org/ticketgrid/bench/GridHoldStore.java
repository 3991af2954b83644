package org.ticketgrid.bench;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/**
 * The grid as the web app uses it: one {@link HoldSeatsProcessor} per hold on the partition that
 * owns the section, through a Hazelcast client. The bench's sections live in the real inventory
 * map under event ids of their own ({@code bench-…}), so the member's configuration is the one
 * measured; they are removed again at the end.
 */
public final class GridHoldStore implements HoldStore {

    private static final byte RESERVED = SeatState.RESERVED.code();

    private final IMap<SectionKey, SectionInventory> inventory;
    private final Map<String, SectionKey[]> keys = new HashMap<>();

    public GridHoldStore(HazelcastInstance client) {
        this.inventory = client.getMap(MapNames.INVENTORY);
    }

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public void prepare(Shape shape) {
        SectionKey[] k = new SectionKey[shape.sections()];
        Map<SectionKey, SectionInventory> fresh = new HashMap<>();
        for (int slot = 0; slot < k.length; slot++) {
            k[slot] = new SectionKey(shape.eventId(shape.eventOf(slot)), shape.sectionId(slot));
            fresh.put(k[slot], SectionInventory.available(shape.seatsPerSection()));
        }
        inventory.putAll(fresh);
        keys.put(shape.name(), k);
    }

    @Override
    public Outcome hold(Shape shape, HoldRequest request, long holdId, long nowMillis, long untilMillis) {
        HoldOutcome outcome = inventory.executeOnKey(key(shape, request),
                new HoldSeatsProcessor(request.seats(), holdId, nowMillis, untilMillis));
        return switch (outcome.kind()) {
            case HELD -> Outcome.HELD;
            case TAKEN -> Outcome.TAKEN;
            default -> throw new IllegalStateException("grid answered " + outcome);
        };
    }

    @Override
    public int release(Shape shape, HoldRequest request, long holdId) {
        return inventory.executeOnKey(key(shape, request), new ReleaseSeatsProcessor(request.seats(), holdId));
    }

    @Override
    public Map<Long, Long> liveHolders(Shape shape, long nowMillis) {
        Set<SectionKey> all = new HashSet<>(java.util.List.of(keys.get(shape.name())));
        return liveHolders(inventory.getAll(all), nowMillis);
    }

    /** Seat id to hold id of every unexpired hold in the given entries (also used by the HTTP run). */
    static Map<Long, Long> liveHolders(Map<SectionKey, SectionInventory> entries, long nowMillis) {
        Map<Long, Long> live = new HashMap<>();
        entries.forEach((key, inv) -> {
            byte[] states = SectionInventory.Raw.states(inv);
            long[] until = SectionInventory.Raw.holdUntil(inv);
            long[] ids = SectionInventory.Raw.holdIds(inv);
            for (int seat = 0; seat < states.length; seat++) {
                if (states[seat] == RESERVED && until[seat] > nowMillis) {
                    live.put(SeatId.of(key.sectionId(), seat).value(), ids[seat]);
                }
            }
        });
        return live;
    }

    @Override
    public void dispose(Shape shape) {
        SectionKey[] k = keys.remove(shape.name());
        if (k != null) {
            for (SectionKey key : k) {
                inventory.delete(key);
            }
        }
    }

    @Override
    public void close() {
        // The client is shared and closed by the caller.
    }

    private SectionKey key(Shape shape, HoldRequest request) {
        return keys.get(shape.name())[request.slot()];
    }
}
