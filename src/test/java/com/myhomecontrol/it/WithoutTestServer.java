package com.myhomecontrol.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test class that needs no test server, such as one checking what the build made
 * for deployment: {@link DefaultServerEnvironment} neither starts nor restarts the server for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithoutTestServer {
}
