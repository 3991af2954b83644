package org.ticketgrid.app.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.ticketgrid.testing.RealServices;

/**
 * An integration test of the web app: the whole app on a random port, against the real services.
 * Every such test shares one application context (same configuration), so the suite starts the
 * app once. Holds last a few seconds here so that expiry can be tested for real, and reset links
 * a few seconds so that their expiry can be too. An admin is bootstrapped from configuration (as
 * TICKETGRID_ADMIN_EMAIL/PASSWORD would in production) so tests can promote merchants. The session
 * cookie is not Secure-only (plain http), and the address throttles of sign-up and reset requests
 * are wide because every test calls from 127.0.0.1 (tests that exercise failures use their own
 * X-Forwarded-For addresses). Live streams get a heartbeat every second, so that a client that
 * left is noticed quickly. Flyway tolerates migrations of parallel branches on the shared
 * development database (V2..V19 vs V20+). Payment events go to Kafka topics (and consumer groups) of this test run only
 * (a fresh name per application context, deleted when it closes: {@link PaymentTopicsCleanup}), so
 * parallel runs never consume each other's payments, and a payment scope of its own, so no other
 * app sharing the sandbox and the database (another test run, the app on :8080) touches its orders;
 * a checkout freezes a hold for 6 s and an unpaid order expires 10 s after that. The scheduled
 * reconciliation, the confirmation-mail retry and the cancelled-event refund rounds are off (tests
 * run them themselves).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RealServices
@Import(PaymentTopicsCleanup.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ticketgrid.holds.duration=4s", "ticketgrid.holds.max-seats=8",
            "ticketgrid.admin.email=" + TestAccounts.ADMIN_EMAIL, "ticketgrid.admin.password=" + TestAccounts.ADMIN_PASSWORD,
            "ticketgrid.accounts.reset-token-lifetime=6s", "ticketgrid.live.heartbeat=1s", "server.servlet.session.cookie.secure=false",
            "ticketgrid.accounts.throttling.register-per-ip.capacity=100000",
            "ticketgrid.accounts.throttling.register-per-ip.period=1h",
            "ticketgrid.accounts.throttling.reset-per-ip.capacity=100000",
            "ticketgrid.accounts.throttling.reset-per-ip.period=1h",
            "ticketgrid.accounts.throttling.login-per-ip.capacity=20",
            "ticketgrid.accounts.throttling.login-per-ip.period=15m",
            "spring.flyway.out-of-order=true", "spring.flyway.ignore-migration-patterns=*:missing,*:future",
            "ticketgrid.payments.checkout-extension=6s", "ticketgrid.payments.hold-cap=20s",
            "ticketgrid.payments.booking-margin=30s", "ticketgrid.payments.expiry-grace=10s",
            "ticketgrid.payments.expiry-sweep-period=1s", "ticketgrid.payments.scope=it-${random.uuid}",
            "ticketgrid.reconciliation.enabled=false", "ticketgrid.payments.mail-retry-period=0s",
            "ticketgrid.refunds.cancelled-event-period=0s",
            "ticketgrid.payments.streams.topic=ticketgrid.it.payments.${random.uuid}",
            "ticketgrid.payments.streams.high-demand-topic=ticketgrid.it.payments.high-demand.${random.uuid}",
            "ticketgrid.payments.streams.group=ticketgrid-it-booking-${random.uuid}",
            "ticketgrid.payments.streams.high-demand-group=ticketgrid-it-booking-high-demand-${random.uuid}",
            "ticketgrid.payments.streams.partitions=2", "ticketgrid.payments.streams.high-demand-partitions=2"})
public @interface IntegrationTest {
}
