package com.myhomecontrol.platform.entity;

import java.util.Collection;
import java.util.function.ToLongFunction;

/**
 * The UTC days that rows of a raw time-series table fall on, each as the epoch second it starts
 * at, ascending and distinct: the daily partitions those rows need on PostgreSQL.
 */
public record RawTableDays(String table, long[] dayStarts) {

    public static final long DAY_SECONDS = 86_400;

    public static <T> RawTableDays of(String table, Collection<T> rows, ToLongFunction<T> timestamp) {
        return new RawTableDays(table, rows.stream().mapToLong(timestamp).map(RawTableDays::dayStart).distinct().sorted().toArray());
    }

    /** The days of [fromSecond, toSecond). */
    public static RawTableDays between(String table, long fromSecond, long toSecond) {
        long first = dayStart(fromSecond);
        int days = (int) Math.max(0, (toSecond - first + DAY_SECONDS - 1) / DAY_SECONDS);
        long[] starts = new long[days];
        for (int i = 0; i < days; i++) {
            starts[i] = first + i * DAY_SECONDS;
        }
        return new RawTableDays(table, starts);
    }

    public static long dayStart(long epochSecond) {
        return Math.floorDiv(epochSecond, DAY_SECONDS) * DAY_SECONDS;
    }
}
