package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergySample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readings summarised per aligned period, and periods combined into buckets. History and the
 * rollup job both go through here, so a bucket of stored statistics and the same bucket summed
 * from the raw readings are the same numbers, to the last bit.
 */
final class EnergyPeriods {

    private EnergyPeriods() {
    }

    /** Each period on its own: its first reading adds no energy, that comes from the period before when combined. */
    static List<EnergyPeriod> summarise(List<EnergySample> samplesInOrder, long seconds) {
        List<EnergyPeriod> periods = new ArrayList<>();
        int first = 0;
        while (first < samplesInOrder.size()) {
            long start = EnergyPeriod.startOf(samplesInOrder.get(first).timestamp(), seconds);
            int end = first;
            while (end < samplesInOrder.size() && samplesInOrder.get(end).timestamp() < start + seconds) {
                end++;
            }
            EnergyAccumulator period = new EnergyAccumulator(start);
            period.addInOrder(samplesInOrder.subList(first, end));
            periods.add(period.toPeriod());
            first = end;
        }
        return periods;
    }

    /**
     * The buckets of the periods that start at or after {@code from}; the periods before it only give
     * the predecessor of the first reading.
     */
    static List<EnergyBucket> buckets(List<EnergyPeriod> periodsInOrder, long from, long bucketSeconds) {
        Map<Long, EnergyAccumulator> buckets = new LinkedHashMap<>();
        EnergySample previous = null;
        for (EnergyPeriod period : periodsInOrder) {
            if (period.start() >= from) {
                buckets.computeIfAbsent(EnergyPeriod.startOf(period.start(), bucketSeconds), EnergyAccumulator::new)
                        .add(period, Consumption.kwh(previous, period.first()));
            }
            previous = period.last();
        }
        return buckets.values().stream().map(EnergyAccumulator::toBucket).toList();
    }
}
