package com.myhomecontrol.it;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * The test classes that use the test server's default environment first, then those with an
 * environment of their own, each group by name: every server restart then is one a class asked for.
 * Those that look at what the run left ({@link RunsLast}) come last.
 */
public class ServerEnvironmentOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor test) -> test.isAnnotated(RunsLast.class))
                .thenComparing(test -> test.isAnnotated(OwnServerEnvironment.class))
                .thenComparing(test -> test.getTestClass().getName()));
    }
}
