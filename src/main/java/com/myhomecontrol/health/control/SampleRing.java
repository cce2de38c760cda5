package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.HealthHistory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The newest {@code capacity} samples, oldest first. Each sample's ingest rate is the readings
 * committed since the sample before, per second; the first sample, having none before it, has 0.
 */
public class SampleRing {

    private final int capacity;
    private final Deque<HealthHistory.Sample> samples;
    private Instant previousAt;
    private long previousCommitted;

    public SampleRing(int capacity) {
        this.capacity = capacity;
        this.samples = new ArrayDeque<>(capacity);
    }

    /** {@code committedRows}: the writer's count of committed rows at {@code at}. */
    public synchronized void add(Instant at, long committedRows, long diskFreeBytes, long memoryUsedMb, double cpuPercent) {
        double ingest = 0;
        if (previousAt != null && at.isAfter(previousAt)) {
            ingest = (committedRows - previousCommitted) / (Duration.between(previousAt, at).toMillis() / 1000.0);
        }
        previousAt = at;
        previousCommitted = committedRows;
        if (samples.size() == capacity) {
            samples.removeFirst();
        }
        samples.addLast(new HealthHistory.Sample(at, Math.round(ingest * 100) / 100.0, diskFreeBytes, memoryUsedMb, cpuPercent));
    }

    public synchronized List<HealthHistory.Sample> all() {
        return List.copyOf(samples);
    }
}
