package com.myhomecontrol.weather.control;

import com.myhomecontrol.weather.entity.MetricSummary;
import com.myhomecontrol.weather.entity.WeatherBucket;
import com.myhomecontrol.weather.entity.WeatherPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Values summarised per aligned period, and periods combined into buckets, summed in time order.
 * History and the rollup job both go through here, so a bucket of stored statistics and the same
 * bucket summed from the raw readings are the same numbers, to the last bit.
 */
final class MetricSummaries {

    private MetricSummaries() {
    }

    static List<MetricSummary> summarise(List<WeatherPoint> pointsInOrder, long seconds) {
        List<MetricSummary> periods = new ArrayList<>();
        Summing period = null;
        for (WeatherPoint point : pointsInOrder) {
            long start = startOf(point.timestamp().getEpochSecond(), seconds);
            if (period == null || period.start != start) {
                addTo(periods, period);
                period = new Summing(start);
            }
            period.add(1, point.value(), point.value(), point.value());
        }
        addTo(periods, period);
        return periods;
    }

    static List<WeatherBucket> buckets(List<MetricSummary> periodsInOrder, long bucketSeconds) {
        List<MetricSummary> buckets = new ArrayList<>();
        Summing bucket = null;
        for (MetricSummary period : periodsInOrder) {
            long start = startOf(period.start(), bucketSeconds);
            if (bucket == null || bucket.start != start) {
                addTo(buckets, bucket);
                bucket = new Summing(start);
            }
            bucket.add(period.count(), period.sum(), period.min(), period.max());
        }
        addTo(buckets, bucket);
        return buckets.stream().map(b -> new WeatherBucket(Instant.ofEpochSecond(b.start()), b.min(),
                b.sum() / b.count(), b.max(), b.count())).toList();
    }

    private static long startOf(long timestamp, long seconds) {
        return Math.floorDiv(timestamp, seconds) * seconds;
    }

    private static void addTo(List<MetricSummary> summaries, Summing summing) {
        if (summing != null) {
            summaries.add(new MetricSummary(summing.start, summing.count, summing.sum, summing.min, summing.max));
        }
    }

    private static final class Summing {
        private final long start;
        private long count;
        private double sum;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        Summing(long start) {
            this.start = start;
        }

        void add(long values, double valueSum, double valueMin, double valueMax) {
            count += values;
            sum += valueSum;
            min = Math.min(min, valueMin);
            max = Math.max(max, valueMax);
        }
    }
}
