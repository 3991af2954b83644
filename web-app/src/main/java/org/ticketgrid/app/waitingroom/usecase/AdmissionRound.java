package org.ticketgrid.app.waitingroom.usecase;

/**
 * How many buyers one admission round may let in: the seats free now (neither held nor sold),
 * divided by the seats a buyer is expected to take (rounded up, so a single free seat still admits
 * someone), less the admissions still pending (admitted, not yet held, window not over), and never
 * more than the rate allows. Plain arithmetic, so the policy of ADR 0033 is tested in milliseconds.
 */
public final class AdmissionRound {

    private AdmissionRound() {
    }

    public static int slots(long freeSeats, int seatsPerBuyer, int pending, int rateAllows) {
        long byInventory = (freeSeats + seatsPerBuyer - 1) / seatsPerBuyer - pending;
        return (int) Math.max(0, Math.min(byInventory, rateAllows));
    }

    /** Nothing free and nothing held: nothing can come back except by a refund or a release later. */
    public static boolean soldOut(long freeSeats, long heldSeats) {
        return freeSeats == 0 && heldSeats == 0;
    }

    /** A token bucket of admissions per event: {@code perMinute}, bursts of at most two seconds' worth. */
    public static final class Rate {
        private final double perMilli;
        private final double burst;
        private double credit;
        private long last;

        public Rate(int perMinute, long now) {
            this.perMilli = perMinute / 60_000.0;
            this.burst = Math.max(1, perMinute / 30.0);
            this.credit = Math.min(burst, 1);
            this.last = now;
        }

        public int allows(long now) {
            credit = Math.min(burst, credit + (now - last) * perMilli);
            last = now;
            return (int) Math.floor(credit);
        }

        public void spend(int admissions) {
            credit -= admissions;
        }
    }
}
