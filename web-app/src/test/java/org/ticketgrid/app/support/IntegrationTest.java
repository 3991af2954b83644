package org.ticketgrid.app.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.ticketgrid.testing.RealServices;

/**
 * An integration test of the web app: the whole app on a random port, against the real services.
 * Every such test shares one application context (same configuration), so the suite starts the
 * app once. Holds last a few seconds here so that expiry can be tested for real.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RealServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ticketgrid.holds.duration=4s", "ticketgrid.holds.max-seats=8"})
public @interface IntegrationTest {
}
