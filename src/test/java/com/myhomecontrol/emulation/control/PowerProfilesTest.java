package com.myhomecontrol.emulation.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PowerProfilesTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-11-29T00:00:00Z");

    @Test
    void fridgeCompressorRunsAThirdOfTheTime() {
        long running = LongStream.range(0, 2700).filter(second -> PowerProfiles.FRIDGE.watts(MIDNIGHT.plusSeconds(second)) > 50).count();
        assertEquals(900, running);
    }

    @Test
    void airConditionerCoolsByDayOnly() {
        assertEquals(3.0, PowerProfiles.AIR_CONDITIONER.watts(MIDNIGHT.plusSeconds(3 * 3600)));
        assertTrue(PowerProfiles.AIR_CONDITIONER.watts(MIDNIGHT.plusSeconds(15 * 3600)) >= 600);
    }

    @Test
    void televisionIsOnStandbyUntilTheEvening() {
        assertEquals(0.6, PowerProfiles.STANDBY_TV.watts(MIDNIGHT.plusSeconds(10 * 3600)));
        assertTrue(PowerProfiles.STANDBY_TV.watts(MIDNIGHT.plusSeconds(20 * 3600)) > 70);
    }
}
