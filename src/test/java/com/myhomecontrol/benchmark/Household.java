package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.entity.EnergyReading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The smart plugs of a household, all read every interval: readings in the order a collector
 * delivers them, time step after time step. The same seed gives the same readings.
 */
final class Household {

    private final List<SimulatedPlug> plugs = new ArrayList<>();
    private final long startSecond;
    private final int intervalSeconds;
    private long step;
    private int nextPlug;

    Household(String idPrefix, int plugCount, Instant start, int intervalSeconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ApplianceProfile[] appliances = ApplianceProfile.values();
        for (int i = 0; i < plugCount; i++) {
            plugs.add(new SimulatedPlug(String.format("%s-%02d", idPrefix, i + 1), appliances[i % appliances.length], random.split()));
        }
        this.startSecond = start.getEpochSecond();
        this.intervalSeconds = intervalSeconds;
    }

    List<String> deviceIds() {
        return plugs.stream().map(SimulatedPlug::deviceId).toList();
    }

    /** The next {@code count} readings. */
    List<EnergyReading> next(int count) {
        List<EnergyReading> readings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            readings.add(plugs.get(nextPlug).read(startSecond + step * intervalSeconds, intervalSeconds));
            nextPlug++;
            if (nextPlug == plugs.size()) {
                nextPlug = 0;
                step++;
            }
        }
        return readings;
    }

    /** The next {@code total} readings in batches of {@code batchSize}, each made when it is asked for. */
    Iterator<List<EnergyReading>> batches(long total, int batchSize) {
        return new Iterator<>() {
            private long remaining = total;

            @Override
            public boolean hasNext() {
                return remaining > 0;
            }

            @Override
            public List<EnergyReading> next() {
                if (remaining == 0) {
                    throw new NoSuchElementException();
                }
                int size = (int) Math.min(batchSize, remaining);
                remaining -= size;
                return Household.this.next(size);
            }
        };
    }

    /** The same batches, all made now, so that making them is not part of a measurement. */
    List<List<EnergyReading>> prepareBatches(long total, int batchSize) {
        List<List<EnergyReading>> batches = new ArrayList<>();
        batches(total, batchSize).forEachRemaining(batches::add);
        return batches;
    }
}
