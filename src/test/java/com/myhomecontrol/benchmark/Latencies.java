package com.myhomecontrol.benchmark;

import java.util.Arrays;
import java.util.List;

/** The median and 95th percentile (nearest rank) of one kind of query, timed one after another after a warm-up. */
record Latencies(double p50Millis, double p95Millis, int samples) {

    static <T> Latencies measure(List<T> warmUp, List<T> timed, Task<T> query) throws Exception {
        for (T item : warmUp) {
            query.run(item);
        }
        long[] nanos = new long[timed.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            query.run(timed.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latencies(percentileMillis(nanos, 50), percentileMillis(nanos, 95), nanos.length);
    }

    private static double percentileMillis(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[rank - 1] / 1e6;
    }
}
