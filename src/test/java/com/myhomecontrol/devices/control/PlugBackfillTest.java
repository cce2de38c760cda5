package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.energy.entity.EnergyReading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlugBackfillTest {

    private static final Instant POLL = Instant.parse("2026-11-29T17:20:00Z");

    @Test
    void theMissedHoursAreTheWholeHoursBetweenTheNewestReadingAndTheHourOfThePoll() {
        PlugBackfill.Span span = PlugBackfill.missedHours(Instant.parse("2026-11-29T12:30:00Z").getEpochSecond(), POLL).orElseThrow();

        assertEquals(Instant.parse("2026-11-29T13:00:00Z"), span.start());
        assertEquals(Instant.parse("2026-11-29T17:00:00Z"), span.end());
    }

    @Test
    void aReadingInThePreviousHourLeavesNoWholeHourMissed() {
        assertTrue(PlugBackfill.missedHours(Instant.parse("2026-11-29T16:00:00Z").getEpochSecond(), POLL).isEmpty());
        assertTrue(PlugBackfill.missedHours(Instant.parse("2026-11-29T17:10:00Z").getEpochSecond(), POLL).isEmpty());
    }

    @Test
    void aLongerOutageIsBackfilledForTheLastSevenDaysOnly() {
        PlugBackfill.Span span = PlugBackfill.missedHours(Instant.parse("2026-10-01T00:00:00Z").getEpochSecond(), POLL).orElseThrow();

        assertEquals(Instant.parse("2026-11-22T17:00:00Z"), span.start());
        assertEquals(Duration.ofDays(7), Duration.between(span.start(), span.end()));
    }

    @Test
    void anHourBecomesFiveReadingsOfItsMeanPowerAndHoursOutsideTheSpanAreLeftOut() {
        Instant hour = Instant.parse("2026-11-29T13:00:00Z");
        PlugBackfill.Span span = new PlugBackfill.Span(hour, hour.plus(Duration.ofHours(1)));

        List<EnergyReading> readings = PlugBackfill.readings("fridge", span, List.of(
                new HourlyEnergy(hour.minus(Duration.ofHours(1)), 0.2), new HourlyEnergy(hour, 0.045),
                new HourlyEnergy(span.end(), 0.3)));

        assertEquals(List.of(0L, 900L, 1800L, 2700L, 3599L),
                readings.stream().map(r -> r.getTimestamp() - hour.getEpochSecond()).toList());
        readings.forEach(r -> {
            assertEquals(45.0, r.getPowerW(), 1e-9);
            assertEquals(null, r.getDailyEnergyKwh());
            assertEquals(null, r.getPowerState());
        });
    }
}
