package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.HealthHistory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SampleRingTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void theIngestRateIsTheRowsCommittedSinceTheSampleBeforePerSecond() {
        SampleRing ring = new SampleRing(10);

        ring.add(START, 100, 5_000, 120, 3.5);
        ring.add(START.plusSeconds(60), 700, 4_000, 130, 12.0);
        ring.add(START.plusSeconds(120), 730, 3_000, 125, 1.0);

        assertEquals(List.of(
                new HealthHistory.Sample(START, 0, 5_000, 120, 3.5),
                new HealthHistory.Sample(START.plusSeconds(60), 10, 4_000, 130, 12.0),
                new HealthHistory.Sample(START.plusSeconds(120), 0.5, 3_000, 125, 1.0)), ring.all());
    }

    @Test
    void aFullRingDropsItsOldestSample() {
        SampleRing ring = new SampleRing(HealthSampler.SAMPLES_KEPT);

        for (int minute = 0; minute <= HealthSampler.SAMPLES_KEPT; minute++) {
            ring.add(START.plusSeconds(60L * minute), 60L * minute, 1, 1, 1);
        }

        List<HealthHistory.Sample> samples = ring.all();
        assertEquals(1_440, samples.size());
        assertEquals(START.plusSeconds(60), samples.get(0).timestamp());
        assertEquals(START.plusSeconds(60L * 1_440), samples.get(1_439).timestamp());
        assertEquals(1.0, samples.get(1_439).ingestPerSecond());
    }
}
