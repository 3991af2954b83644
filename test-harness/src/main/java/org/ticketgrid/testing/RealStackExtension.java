package org.ticketgrid.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Before the first integration test of a JVM, makes sure the real stack is up. */
public final class RealStackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RealStack.ensureRunning();
    }
}
