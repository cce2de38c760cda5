package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.TimeRange;

import java.util.function.LongPredicate;

/** Raw history is bounded: beyond this many points a bucket serves the client better. */
public final class HistoryLimits {

    public static final int MAX_RAW_POINTS = 100_000;

    private HistoryLimits() {
    }

    /**
     * Refuses a raw range holding more than MAX_RAW_POINTS, before anything of the answer is written.
     * A series holds at most one reading a second, so a range of no more seconds than that is not
     * counted; {@code holdsMoreThan} answers whether the series has more readings in the range than given.
     */
    public static void requireRaw(TimeRange range, LongPredicate holdsMoreThan) {
        if (range.endSecond() - range.startSecond() > MAX_RAW_POINTS && holdsMoreThan.test(MAX_RAW_POINTS)) {
            throw new InvalidInputException("bucket", "the range holds more than " + MAX_RAW_POINTS
                    + " raw points: narrow it or ask for a bucket (1m, 5m, 1h, 1d)");
        }
    }
}
