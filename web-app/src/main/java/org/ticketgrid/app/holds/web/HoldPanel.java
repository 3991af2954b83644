package org.ticketgrid.app.holds.web;

import java.io.Serializable;
import java.util.List;

/**
 * The buying panel beside the seat map: either the selection form (with perhaps a notice, such as
 * "those seats were just taken") or the buyer's active hold with its countdown.
 *
 * @param seatIds      the held seat ids, space separated, for the script to mark them as "yours"
 * @param takenSeatIds seats refused as taken, space separated, for the script to unselect them
 *
 * <p>Serializable: a plain form post gets the panel back as a flash attribute, which lives in the
 * session, and sessions are stored (PostgreSQL) with Java serialization.
 */
public record HoldPanel(boolean held, Notice notice, String holdId, List<HeldSeat> seats, String total, long expiresInMs,
        String expiresAtIso, String seatIds, String takenSeatIds) implements Serializable {

    /** A message above the form; {@code kind} is "error" (an alert), "warning" or "info" (a status). */
    public record Notice(String kind, String text) implements Serializable {

        public static Notice error(String text) {
            return new Notice("error", text);
        }

        public static Notice warning(String text) {
            return new Notice("warning", text);
        }

        public static Notice info(String text) {
            return new Notice("info", text);
        }
    }

    /** One held seat or standing place. */
    public record HeldSeat(String label, String price) implements Serializable {
    }

    public static HoldPanel selecting(Notice notice) {
        return selecting(notice, "");
    }

    static HoldPanel selecting(Notice notice, String takenSeatIds) {
        return new HoldPanel(false, notice, null, List.of(), null, 0, null, "", takenSeatIds);
    }

    /** The countdown in whole minutes and seconds, as first drawn before the script takes over. */
    public String remaining() {
        long seconds = Math.max(0, (expiresInMs + 999) / 1000);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
