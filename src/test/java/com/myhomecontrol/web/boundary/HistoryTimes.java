package com.myhomecontrol.web.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * When the history pages' tests take their readings: every minute of the last hour, and every
 * five minutes of two hours three days back, so that the hour and the week show different points.
 */
final class HistoryTimes {

    /** Readings of the last hour, each minute up to now. */
    static final int LAST_HOUR = 60;

    private HistoryTimes() {
    }

    /** Epoch seconds in time order, the newest {@code now}. */
    static List<Long> lastHourAndDaysBack(Instant now) {
        long daysBack = now.minus(Duration.ofDays(3)).getEpochSecond();
        long latest = now.getEpochSecond();
        return Stream.concat(
                LongStream.range(0, 24).mapToObj(step -> daysBack + step * 300),
                LongStream.range(0, LAST_HOUR).mapToObj(step -> latest - (LAST_HOUR - 1 - step) * 60)).toList();
    }
}
