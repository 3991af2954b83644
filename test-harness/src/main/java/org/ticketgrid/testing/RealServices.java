package org.ticketgrid.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test: it runs against the real backing services (PostgreSQL, Kafka with
 * Debezium, Elasticsearch, GreenMail, a Hazelcast member with Jet, the payment sandbox), which
 * {@link RealStackExtension} makes sure are running, once per test JVM, by calling the project's
 * launcher. Nothing is faked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("integration")
@ExtendWith(RealStackExtension.class)
public @interface RealServices {
}
