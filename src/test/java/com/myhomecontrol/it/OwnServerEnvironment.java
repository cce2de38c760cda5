package com.myhomecontrol.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test class that restarts the test server with an environment of its own. Such
 * classes run after those that use the default environment ({@link ServerEnvironmentOrder}) and
 * leave the server as they had it: the next class that needs the default restarts it
 * ({@link DefaultServerEnvironment}), so that a restart back is made only where it is needed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnServerEnvironment {
}
