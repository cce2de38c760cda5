package com.myhomecontrol.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Each query's own time while {@code clients} threads send them at once from one shared supply,
     * after the warm-up is sent the same way.
     */
    static <T> Latencies concurrent(int clients, List<T> warmUp, List<T> timed, Task<T> query) throws Exception {
        ConcurrentClients.run(clients, warmUp.iterator(), query);
        long[] nanos = new long[timed.size()];
        AtomicInteger next = new AtomicInteger();
        ConcurrentClients.run(clients, timed.iterator(), item -> {
            long start = System.nanoTime();
            query.run(item);
            nanos[next.getAndIncrement()] = System.nanoTime() - start;
        });
        Arrays.sort(nanos);
        return new Latencies(percentileMillis(nanos, 50), percentileMillis(nanos, 95), nanos.length);
    }

    private static double percentileMillis(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[rank - 1] / 1e6;
    }
}
