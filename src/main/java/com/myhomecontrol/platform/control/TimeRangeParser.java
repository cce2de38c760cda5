package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The history range of a request: {@code start} and {@code end}, or the last {@code hours}. */
public class TimeRangeParser {

    public static final int MAX_HOURS = 24 * 366 * 10;

    private final TimestampParser timestamps;

    public TimeRangeParser(TimestampParser timestamps) {
        this.timestamps = timestamps;
    }

    public TimeRange parse(String hours, String start, String end, int defaultHours) {
        if (start != null || end != null) {
            if (hours != null) {
                throw new InvalidInputException("hours", "cannot be combined with start and end");
            }
            Instant from = start == null ? null : timestamps.parseParameter(start, "start");
            Instant to = end == null ? endOfCurrentSecond() : timestamps.parseParameter(end, "end");
            if (from == null) {
                throw new InvalidInputException("start", "is required when end is given");
            }
            if (!from.isBefore(to)) {
                throw new InvalidInputException("start", "must be before end");
            }
            return new TimeRange(from, to);
        }
        return lastHours(hours == null ? defaultHours : parseHours(hours, 1, MAX_HOURS));
    }

    /** The last {@code hours} up to and including the current second. */
    public TimeRange lastHours(int hours) {
        Instant until = endOfCurrentSecond();
        return new TimeRange(until.minusSeconds(1).minus(Duration.ofHours(hours)), until);
    }

    /** The end that includes a reading stored in the current second: ranges are half-open. */
    private Instant endOfCurrentSecond() {
        return timestamps.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    public static int parseHours(String hours, int min, int max) {
        try {
            int h = Integer.parseInt(hours);
            if (h >= min && h <= max) {
                return h;
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        throw new InvalidInputException("hours", "must be a whole number from " + min + " to " + max + ", was \"" + hours + "\"");
    }
}
