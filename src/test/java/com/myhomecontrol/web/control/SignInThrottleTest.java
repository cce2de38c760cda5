package com.myhomecontrol.web.control;

import com.myhomecontrol.emulation.control.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void tenFailuresInAWindowHoldAnAddressBackUntilTheFirstLeavesIt() {
        for (int i = 0; i < SignInThrottle.MOST_FAILURES - 1; i++) {
            throttle.failed("10.0.0.9");
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.wait("10.0.0.9").isEmpty());
        throttle.failed("10.0.0.9");
        assertEquals(Duration.ofMinutes(6), throttle.wait("10.0.0.9").orElseThrow());
        assertTrue(throttle.wait("10.0.0.10").isEmpty(), "another address is not held back");

        clock.advance(Duration.ofMinutes(6));
        assertTrue(throttle.wait("10.0.0.9").isEmpty());
    }

    @Test
    void aSuccessForgetsTheFailures() {
        for (int i = 0; i < SignInThrottle.MOST_FAILURES; i++) {
            throttle.failed("10.0.0.9");
        }
        throttle.succeeded("10.0.0.9");
        assertTrue(throttle.wait("10.0.0.9").isEmpty());
    }
}
