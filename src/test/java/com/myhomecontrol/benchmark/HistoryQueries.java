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
    /**
     * Untimed queries a freshly started server answers before any figure: a home server has run
     * for days, and its JIT compiles the history's paths only after some hundred answers (measured:
     * 24 h of power p50 17 ms after 20 queries, 9 to 11 ms after 400).
     */
    static final int SERVER_WARM_UP = 400;

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

    List<HistoryWindow> serverWarmUpWindows(List<String> deviceIds) {
        return HistoryWindow.spread(SERVER_WARM_UP, length, alignSeconds, deviceIds, ordinal() + 201L);
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
