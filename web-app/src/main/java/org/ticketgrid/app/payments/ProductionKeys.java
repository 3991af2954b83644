package org.ticketgrid.app.payments;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * With the payment sandbox off (production), the app refuses to start on a default or test key:
 * the webhook signing secret's default is in this public repository, so anybody could sign a
 * "payment succeeded" for an order they never paid; a test key would take no real money. The
 * check names the settings to give, never their values.
 */
@Component
class ProductionKeys implements InitializingBean {

    private final TicketGridProperties.Payments payments;

    ProductionKeys(TicketGridProperties properties) {
        this.payments = properties.payments();
    }

    @Override
    public void afterPropertiesSet() {
        check(payments);
    }

    /** Throws, naming the settings, when production would start with a default or test key. */
    static void check(TicketGridProperties.Payments payments) {
        List<String> wrong = problems(payments);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("The payment sandbox is off (ticketgrid.payments.sandbox=false) but "
                    + String.join("; ", wrong) + ". Give the live values in the environment.");
        }
    }

    /** What is wrong with the keys for production; empty when the sandbox is on or all is well. */
    static List<String> problems(TicketGridProperties.Payments payments) {
        List<String> wrong = new ArrayList<>();
        if (payments.sandbox()) {
            return wrong;
        }
        if (isDefault(payments.webhookSecret()) || !payments.webhookSecret().startsWith("whsec_")
                || payments.webhookSecret().length() < 24) {
            wrong.add("TICKETGRID_PAYMENTS_WEBHOOK_SECRET is a default or test value");
        }
        if (isDefault(payments.secretKey()) || !payments.secretKey().startsWith("sk_live_")
                && !payments.secretKey().startsWith("rk_live_")) {
            wrong.add("TICKETGRID_PAYMENTS_SECRET_KEY is not a live secret key (sk_live_...)");
        }
        if (isDefault(payments.publishableKey()) || !payments.publishableKey().startsWith("pk_live_")) {
            wrong.add("TICKETGRID_PAYMENTS_PUBLISHABLE_KEY is not a live publishable key (pk_live_...)");
        }
        return wrong;
    }

    private static boolean isDefault(String value) {
        return value == null || value.isBlank() || value.contains("ticketgrid_local") || value.contains("_test_");
    }
}
