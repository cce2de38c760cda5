package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.List;

/** Raw history is bounded: beyond this many points a bucket serves the client better. */
public final class HistoryLimits {

    public static final int MAX_RAW_POINTS = 100_000;

    private HistoryLimits() {
    }

    /** The points, when the query that fetched at most MAX_RAW_POINTS + 1 stayed within the limit. */
    public static <T> List<T> checkRaw(List<T> points) {
        if (points.size() > MAX_RAW_POINTS) {
            throw new InvalidInputException("bucket", "the range holds more than " + MAX_RAW_POINTS
                    + " raw points: narrow it or ask for a bucket (1m, 5m, 1h, 1d)");
        }
        return points;
    }
}
