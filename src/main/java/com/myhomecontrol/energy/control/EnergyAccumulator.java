package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergySample;

import java.time.Instant;
import java.util.List;

/** Sums up readings, or whole periods of them, in time order into one period or one bucket. */
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

    /** Continues a stored period with later readings. */
    static EnergyAccumulator continuing(EnergyPeriod period) {
        EnergyAccumulator accumulator = new EnergyAccumulator(period.start());
        accumulator.add(period, 0);
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

    /** Adds readings in time order, each with what was consumed since the one before it in this accumulator. */
    void addInOrder(List<EnergySample> samples) {
        for (EnergySample sample : samples) {
            add(sample, Consumption.kwh(last, sample));
        }
    }

    /** Adds a whole period; {@code consumedBeforeKwh} is what was consumed up to its first reading. */
    void add(EnergyPeriod period, double consumedBeforeKwh) {
        readingCount += period.readingCount();
        if (period.powerCount() > 0) {
            addPower(period.powerCount(), period.powerSum(), period.powerMin(), period.powerMax());
        }
        energyKwh += period.energyKwh() + consumedBeforeKwh;
        first = first == null ? period.first() : first;
        last = period.last();
    }

    EnergyPeriod toPeriod() {
        return new EnergyPeriod(start, readingCount, powerCount, powerSum, powerMin, powerMax, energyKwh, first, last);
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
