package org.ticketgrid.app.holds.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.persistence.SeatRows.SeatLabel;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.holds.HoldPurchases;
import org.ticketgrid.app.holds.usecase.ReleaseHold;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.app.catalog.eventpage.EventPage;
import org.ticketgrid.app.platform.Formats;

/** Builds the buying panel: the buyer's hold with seat labels and prices, or the form with a notice. */
@Service
public class HoldPanels {

    private final ReleaseHold holds;
    private final SeatRows seatRows;
    private final SaleCatalog catalog;
    private final int maxSeats;
    private final String holdLength;
    private final HoldPurchases purchases;

    HoldPanels(ReleaseHold holds, SeatRows seatRows, SaleCatalog catalog, TicketGridProperties properties,
            HoldPurchases purchases) {
        this.purchases = purchases;
        this.holds = holds;
        this.seatRows = seatRows;
        this.catalog = catalog;
        this.maxSeats = properties.holds().maxSeats();
        this.holdLength = length(properties.holds().duration());
    }

    public int maxSeats() {
        return maxSeats;
    }

    /** How long a hold lasts, in words: "5 minutes". */
    public String holdLength() {
        return holdLength;
    }

    static String length(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /** The panel for this buyer at this event now: their active hold, or the form (saying so if it expired). */
    public HoldPanel current(UUID eventId, String accountId, SessionHolds sessionHolds) {
        String holdId = accountId == null ? null : sessionHolds.at(eventId);
        if (holdId == null) {
            return HoldPanel.selecting(null);
        }
        Hold hold = find(holdId, accountId);
        if (hold == null || hold.isExpired(System.currentTimeMillis())) {
            sessionHolds.forget(eventId, holdId);
            return HoldPanel.selecting(HoldPanel.Notice.warning(
                    "Your hold has expired and the seats went back on sale. You can choose seats again."));
        }
        Optional<HoldPurchases.Purchase> purchase = purchase(hold);
        if (purchase.isPresent()) {
            // Checked out: the seats are the order's now, so the page offers a new choice, not this hold.
            sessionHolds.forget(eventId, holdId);
            return HoldPanel.selecting(HoldPanel.Notice.info(purchase.get().paid()
                    ? "Your order for those seats is confirmed: your tickets are in My bookings. You can choose more seats."
                    : "Your seats are in an order awaiting payment: finish paying for it from My bookings."));
        }
        return held(hold);
    }

    /** The order this hold became, if it was checked out. */
    public Optional<HoldPurchases.Purchase> purchase(Hold hold) {
        return purchases.of(hold.holdId());
    }

    /** The hold, or null if it no longer exists (released, or expired a while ago). */
    public Hold find(String holdId, String accountId) {
        try {
            return holds.find(holdId, accountId);
        } catch (ApiProblems.NotFound e) {
            return null;
        }
    }

    public HoldPanel held(Hold hold) {
        SaleCatalog.Offer offer = catalog.offer(UUID.fromString(hold.eventId()));
        Map<Long, SeatLabel> labels = seatRows.labels(Arrays.stream(hold.seatIds()).boxed().toList());
        List<HoldPanel.HeldSeat> seats = new ArrayList<>();
        for (long seatId : hold.seatIds()) {
            SaleCatalog.Price price = offer.priceOfSection().get(new SeatId(seatId).sectionId());
            seats.add(new HoldPanel.HeldSeat(label(labels.get(seatId)),
                    price == null ? "" : Formats.money(price.priceCents(), price.currency())));
        }
        long now = System.currentTimeMillis();
        return new HoldPanel(true, null, Hold.formatId(hold.holdId()), seats,
                Formats.money(hold.totalCents(), hold.currency()), Math.max(0, hold.expiresAt() - now),
                Instant.ofEpochMilli(hold.expiresAt()).toString(),
                Arrays.stream(hold.seatIds()).mapToObj(Long::toString).collect(Collectors.joining(" ")), "");
    }

    static String label(SeatLabel seat) {
        if (seat == null) {
            return "Seat";
        }
        if (seat.row() == null) {
            return seat.section() + ", standing";
        }
        return seat.section() + ", row " + seat.row() + ", seat " + seat.number();
    }

    /** What to tell a buyer whose hold was refused, in their words rather than the API's. */
    HoldPanel refused(ApiProblems.ApiProblem problem, EventPage event, int requested) {
        String text = switch (problem.code()) {
            case "seats-taken" -> takenMessage(problem, requested);
            case "not-enough-places" -> problem.getMessage();
            case "sales-not-open" -> "Tickets are not on sale yet. "
                    + (event.statusNote() == null ? "" : event.statusNote());
            case "sales-closed" -> "This event has started: tickets are no longer sold online.";
            case "not-on-sale" -> "Tickets for this event are not on sale. " + (event.statusNote() == null ? ""
                    : event.statusNote());
            case "no-seats" -> "Choose at least one seat on the map, or a number of standing places, first.";
            case "too-many-seats" -> "You can hold at most " + maxSeats + " seats at a time.";
            case "hold-limit-reached" -> problem.getMessage();
            case "unknown-seat", "duplicate-seat" -> "Something in that selection is not a seat of this event."
                    + " Please choose again on the map.";
            default -> "We could not hold those seats: " + problem.getMessage();
        };
        Object taken = problem.properties().get("takenSeatIds");
        String takenIds = taken instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : "";
        return HoldPanel.selecting(HoldPanel.Notice.error(text.strip()), takenIds);
    }

    private String takenMessage(ApiProblems.ApiProblem problem, int requested) {
        Object taken = problem.properties().get("takenSeatIds");
        List<Long> ids = taken instanceof List<?> list
                ? list.stream().map(id -> ((Number) id).longValue()).toList() : List.of();
        List<String> names = seatRows.labels(ids).values().stream().map(HoldPanels::label).toList();
        String what = names.isEmpty() ? "Some of your seats were"
                : names.size() == 1 ? names.get(0) + " was" : String.join(" and ", names) + " were";
        String next = ids.size() < requested ? " Your other choices are still selected: hold them, or add another"
                + " seat from the map." : " Please choose other seats on the map.";
        return what + " just taken by another buyer, so nothing was held." + next;
    }
}
