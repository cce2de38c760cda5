package com.myhomecontrol.emulation.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnergyMeterTest {

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MutableClock clock = new MutableClock(NOON);
    private final EnergyMeter meter = new EnergyMeter(at -> 100.0, clock, UTC);

    @Test
    void countersHoldWhatConstantPowerAddsUpTo() {
        assertEquals(1200, meter.todayWh());
        assertEquals(100 * (28 * 24 + 12), meter.monthWh());
        assertEquals(100.0, meter.powerW());
    }

    @Test
    void hoursOfTheDayAddUpToTheDailyCounter() {
        EnergyMeter fridge = new EnergyMeter(PowerProfiles.FRIDGE, clock, UTC);
        clock.advance(Duration.ofMinutes(95));
        List<Long> hours = fridge.hourlyWh(Instant.parse("2026-11-29T00:00:00Z"), clock.instant());
        assertEquals(14, hours.size());
        assertEquals(fridge.todayWh(), hours.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void switchedOffDrawsNothingAndCountsNothing() {
        meter.switchTo(false);
        clock.advance(Duration.ofHours(2));
        assertEquals(0.0, meter.powerW());
        assertEquals(1200, meter.todayWh());
        assertEquals(List.of(0L, 0L), meter.hourlyWh(NOON, clock.instant()));
    }

    @Test
    void midnightStartsANewDayButNotANewMonth() {
        clock.advance(Duration.ofHours(13));
        assertEquals(100, meter.todayWh());
        assertEquals(100 * (29 * 24 + 1), meter.monthWh());
    }
}
