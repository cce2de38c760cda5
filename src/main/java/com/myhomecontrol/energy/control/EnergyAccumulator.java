package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyHour;
import com.myhomecontrol.energy.entity.EnergySample;

import java.time.Instant;

/** Sums up readings, or whole hours of them, in time order into one hour or one bucket. */
final class EnergyAccumulator {

    private final long start;
    private long readingCount;
    private long powerCount;
    private double powerSum;
    private Double powerMin;
    private Double powerMax;
    private double energyKwh;
    private EnergySample first;
    private EnergySample last;

    EnergyAccumulator(long start) {
        this.start = start;
    }

    /** Continues a stored hour with later readings. */
    static EnergyAccumulator continuing(EnergyHour hour) {
        EnergyAccumulator accumulator = new EnergyAccumulator(hour.hourStart());
        accumulator.add(hour, 0);
        return accumulator;
    }

    /** Adds one reading; {@code consumedKwh} is what was consumed since the reading before it. */
    void add(EnergySample sample, double consumedKwh) {
        readingCount++;
        if (sample.powerW() != null) {
            addPower(1, sample.powerW(), sample.powerW(), sample.powerW());
        }
        energyKwh += consumedKwh;
        first = first == null ? sample : first;
        last = sample;
    }

    /** Adds a whole hour; {@code consumedBeforeKwh} is what was consumed up to its first reading. */
    void add(EnergyHour hour, double consumedBeforeKwh) {
        readingCount += hour.readingCount();
        if (hour.powerCount() > 0) {
            addPower(hour.powerCount(), hour.powerSum(), hour.powerMin(), hour.powerMax());
        }
        energyKwh += hour.energyKwh() + consumedBeforeKwh;
        first = first == null ? hour.first() : first;
        last = hour.last();
    }

    EnergySample last() {
        return last;
    }

    EnergyHour toHour() {
        return new EnergyHour(start, readingCount, powerCount, powerSum, powerMin, powerMax, energyKwh, first, last);
    }

    EnergyBucket toBucket() {
        return new EnergyBucket(Instant.ofEpochSecond(start), powerMin, powerCount == 0 ? null : powerSum / powerCount,
                powerMax, energyKwh, readingCount);
    }

    private void addPower(long count, double sum, double min, double max) {
        powerCount += count;
        powerSum += sum;
        powerMin = powerMin == null ? min : Math.min(powerMin, min);
        powerMax = powerMax == null ? max : Math.max(powerMax, max);
    }
}
