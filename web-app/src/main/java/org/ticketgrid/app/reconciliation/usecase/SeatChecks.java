package org.ticketgrid.app.reconciliation.usecase;

import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.reconciliation.Finding;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Valid tickets against the grid: each seat must be BOOKED by its order's hold. Never repaired
 * automatically: a seat that is free (or someone else's) in the grid while a ticket says it is
 * sold needs a person to decide who keeps it.
 */
@Component
class SeatChecks {

    private final IMap<SectionKey, SectionInventory> inventory;
    private final ReconciliationQueries queries;

    SeatChecks(IMap<SectionKey, SectionInventory> inventory, ReconciliationQueries queries) {
        this.inventory = inventory;
        this.queries = queries;
    }

    List<Finding> check(Collection<UUID> orderIds) {
        List<ReconciliationQueries.ValidTicket> tickets = queries.validTickets(orderIds);
        Set<SectionKey> keys = new HashSet<>();
        tickets.forEach(t -> keys.add(new SeatId(t.seatId()).key(t.eventId().toString())));
        Map<SectionKey, SectionInventory> sections = keys.isEmpty() ? Map.of() : inventory.getAll(keys);
        long now = System.currentTimeMillis();
        List<Finding> findings = new ArrayList<>();
        for (var t : tickets) {
            SeatId seat = new SeatId(t.seatId());
            SectionInventory section = sections.get(seat.key(t.eventId().toString()));
            int local = seat.localIndex();
            String state = section == null ? "missing" : section.stateOf(local, now).name();
            boolean ours = section != null && section.stateOf(local, now) == SeatState.BOOKED
                    && section.belongsTo(local, t.holdId());
            if (!ours) {
                findings.add(Finding.reported(Finding.Kind.TICKET_SEAT_NOT_BOOKED, t.ticketId().toString(),
                        t.orderId().toString(), null, "Ticket " + t.ticketId() + " is valid but seat " + t.seatId()
                                + " is " + state + (section != null && !section.belongsTo(local, t.holdId())
                                        && "BOOKED".equals(state) ? " for another order" : "") + " in the grid."));
            }
        }
        return findings;
    }
}
