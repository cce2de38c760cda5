package com.myhomecontrol.benchmark;

import com.myhomecontrol.platform.entity.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One device's history over one range, as a chart asks for it. */
record HistoryWindow(String deviceId, TimeRange range) {

    /**
     * {@code count} windows of {@code length} on random devices at random places within the dataset,
     * starting on a multiple of {@code alignSeconds} (at its start when longer than the dataset); the same
     * seed gives the same windows.
     */
    static List<HistoryWindow> spread(int count, Duration length, long alignSeconds, List<String> deviceIds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = Dataset.START.getEpochSecond();
        long lastStart = Math.max(first, Dataset.end().getEpochSecond() - length.toSeconds());
        List<HistoryWindow> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = first + random.nextLong(0, (lastStart - first) / alignSeconds + 1) * alignSeconds;
            windows.add(new HistoryWindow(deviceIds.get(random.nextInt(deviceIds.size())),
                    new TimeRange(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start).plus(length))));
        }
        return windows;
    }
}
