package org.ticketgrid.app.support;

import com.stripe.model.WebhookEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For integration tests that buy and refund through the sandbox: registers this app's webhook for
 * the payment and refund events before the class and removes it after, and gives the port, the
 * database, an anonymous {@link Api} and the shared test merchant's. Subclasses are
 * {@code @IntegrationTest} with {@code @TestInstance(PER_CLASS)}.
 */
public abstract class PaymentWebhookTest {

    @Value("${local.server.port}")
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected Api api;
    protected Api merchant;
    protected WebhookEndpoint endpoint;

    @BeforeAll
    void registerWebhook() {
        api = new Api(port);
        merchant = TestAccounts.asMerchant(api);
        endpoint = Refunds.register("http://127.0.0.1:" + port + "/api/v1/payments/stripe/webhook");
    }

    @AfterAll
    void unregisterWebhook() {
        Payments.unregister(endpoint);
    }
}
