package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.List;
import java.util.function.IntFunction;

/** Raw history is bounded: beyond this many points a bucket serves the client better. */
public final class HistoryLimits {

    public static final int MAX_RAW_POINTS = 100_000;

    private HistoryLimits() {
    }

    /** The points a query gives for a limit, refused when there are more than MAX_RAW_POINTS. */
    public static <T> List<T> raw(IntFunction<List<T>> query) {
        List<T> points = query.apply(MAX_RAW_POINTS + 1);
        if (points.size() > MAX_RAW_POINTS) {
            throw new InvalidInputException("bucket", "the range holds more than " + MAX_RAW_POINTS
                    + " raw points: narrow it or ask for a bucket (1m, 5m, 1h, 1d)");
        }
        return points;
    }
}
