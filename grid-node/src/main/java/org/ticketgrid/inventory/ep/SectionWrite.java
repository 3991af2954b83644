package org.ticketgrid.inventory.ep;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * The step every inventory mutation shares, on the partition thread that owns the section: no
 * inventory answers {@code absent}; otherwise the change runs on the entry's value, which is
 * written back only when {@code changed} says so, so refusals cost no backup traffic.
 */
final class SectionWrite {

    private SectionWrite() {}

    static <R> R apply(Map.Entry<SectionKey, SectionInventory> entry, R absent,
            Function<SectionInventory, R> change, Predicate<R> changed) {
        SectionInventory inventory = entry.getValue();
        if (inventory == null) {
            return absent;
        }
        R outcome = change.apply(inventory);
        if (changed.test(outcome)) {
            entry.setValue(inventory);
        }
        return outcome;
    }
}
