package com.myhomecontrol.benchmark;

import com.myhomecontrol.platform.entity.Bucket;

import java.time.Duration;
import java.util.List;

/**
 * The history queries measured, in process and over HTTP alike: a day of raw readings, a month in
 * hourly buckets and a year in daily ones, each with the number of points its answer must hold.
 */
enum HistoryQueries {
    DAY_RAW("24 h raw", Duration.ofDays(1), 1, Bucket.RAW, 8_640),
    MONTH_HOURLY("30 days in 1 h buckets", Duration.ofDays(30), 3600, Bucket.HOUR, 720),
    /** Longer than the dataset: every window holds all of its days. */
    YEAR_DAILY("a year in 1 d buckets", Duration.ofDays(365), 86_400, Bucket.DAY, Dataset.DAYS);

    static final int WARM_UP = 20;
    static final int TIMED = 100;

    private final String label;
    private final Duration length;
    private final long alignSeconds;
    private final Bucket bucket;
    private final int points;

    HistoryQueries(String label, Duration length, long alignSeconds, Bucket bucket, int points) {
        this.label = label;
        this.length = length;
        this.alignSeconds = alignSeconds;
        this.bucket = bucket;
        this.points = points;
    }

    String label() {
        return label;
    }

    Bucket bucket() {
        return bucket;
    }

    int points() {
        return points;
    }

    List<HistoryWindow> warmUpWindows(List<String> deviceIds) {
        return HistoryWindow.spread(WARM_UP, length, alignSeconds, deviceIds, ordinal() + 1L);
    }

    List<HistoryWindow> timedWindows(List<String> deviceIds) {
        return HistoryWindow.spread(TIMED, length, alignSeconds, deviceIds, ordinal() + 101L);
    }

    /** Fails the run when a query answers with other than the points asked for, which would make its timing meaningless. */
    void check(HistoryWindow window, int answered) {
        if (answered != points) {
            throw new IllegalStateException(label + " of " + window + " answered " + answered + " points, not " + points);
        }
    }
}
