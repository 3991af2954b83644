package org.ticketgrid.app.checkout;

import java.util.Arrays;
import java.util.Optional;

/**
 * The test cards of the offline payment page, as Stripe's test mode names them. The form sends
 * only the card's name; the server maps it to the test token, so nothing a buyer types is ever
 * sent to a payment provider.
 */
enum TestCard {
    VISA("visa", "Visa ending 4242", "Approved", "pm_card_visa"),
    DECLINED("declined", "Visa ending 0002", "Declined by the bank", "pm_card_chargeDeclined"),
    INSUFFICIENT_FUNDS("insufficient-funds", "Visa ending 9995", "Declined: insufficient funds",
            "pm_card_chargeDeclinedInsufficientFunds");

    private final String id;
    private final String label;
    private final String outcome;
    private final String token;

    TestCard(String id, String label, String outcome, String token) {
        this.id = id;
        this.label = label;
        this.outcome = outcome;
        this.token = token;
    }

    static Optional<TestCard> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String outcome() {
        return outcome;
    }

    String token() {
        return token;
    }
}
