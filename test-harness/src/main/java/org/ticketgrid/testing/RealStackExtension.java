package org.ticketgrid.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Before the first integration test of a JVM, makes sure the real stack is up. It runs before the
 * test instance is even built: a {@code PER_CLASS} test gets its Spring context while its instance
 * is post-processed, which comes before any {@code beforeAll}, and that context needs the database.
 */
public final class RealStackExtension implements TestInstancePreConstructCallback, BeforeAllCallback {

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        RealStack.ensureRunning();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RealStack.ensureRunning();
    }
}
