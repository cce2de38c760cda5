package com.myhomecontrol.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before an integration test class that uses the test server's default environment, restarts the
 * server with it if a class with an environment of its own left it otherwise. Registered for every
 * test class (junit-platform.properties); unit tests and {@link WithoutTestServer} classes, which
 * use no server, are left alone.
 */
public class DefaultServerEnvironment implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        if (test.getSimpleName().endsWith("IT") && !test.isAnnotationPresent(OwnServerEnvironment.class)
                && !test.isAnnotationPresent(WithoutTestServer.class)) {
            LibertyServer.useDefaultEnvironment();
        }
    }
}
