package com.myhomecontrol.maintenance;

import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The clock the jobs' artifacts get under Weld SE: the time a test sets, so that "now" is what it says. */
public final class TestClock {

    private static volatile Instant now = Instant.parse("2026-12-01T00:00:00Z");

    public static void set(Instant instant) {
        now = instant;
    }

    @Produces
    Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
