package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.platform.control.RetentionMarks;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.StatisticsRollup;
import com.myhomecontrol.platform.entity.SeriesSpan;
import com.myhomecontrol.platform.entity.TimeRange;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Queues the hours a rollup run computes: every hour from the rollup mark (or the first reading)
 * to the last closed bucket, which catches up what was missed while the server was down, and the
 * hours of a period to rebuild. A day of all series at a time, each in a short transaction that
 * also moves the mark, so that a reading stored later before the mark is queued by the writer, and
 * a run stopped halfway leaves nothing unplanned. Hours whose raw readings retention has reached
 * are never planned: rebuilding them would lose their statistics.
 */
public final class RollupPlanner {

    static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private final DataSource store;

    public RollupPlanner(DataSource store) {
        this.store = store;
    }

    /** Returns how many series-hours of the kind are pending now. */
    public long plan(StatisticsRollup rollup, Optional<TimeRange> rebuild, long closedUntil) throws SQLException {
        long keptFrom;
        OptionalLong mark;
        OptionalLong earliest;
        try (Connection connection = store.getConnection()) {
            keptFrom = RetentionMarks.firstWholePeriod(RetentionMarks.retainedSince(connection, rollup.rawTable()), HOUR);
            mark = mark(connection, rollup);
            earliest = rollup.pendingHours().series(connection).stream().mapToLong(SeriesSpan::first).min();
        }
        if (earliest.isPresent()) {
            long first = Math.max(keptFrom, hourOf(mark.orElse(earliest.getAsLong())));
            planWindows(rollup, first, ceilHour(closedUntil), closedUntil);
            if (rebuild.isPresent()) {
                long from = Math.max(Math.max(keptFrom, hourOf(earliest.getAsLong())), hourOf(rebuild.get().startSecond()));
                planWindows(rollup, from, Math.min(ceilHour(rebuild.get().endSecond()), ceilHour(closedUntil)), null);
            }
        }
        try (Connection connection = store.getConnection()) {
            return rollup.pendingHours().count(connection);
        }
    }

    /** Plans [fromHour, toHour) a day at a time; with {@code markUntil} the marks move along, up to it. */
    private void planWindows(StatisticsRollup rollup, long fromHour, long toHour, Long markUntil) throws SQLException {
        for (long window = fromHour; window < toHour; window += DAY) {
            long windowEnd = Math.min(window + DAY, toHour);
            long start = window;
            ImmediateTransaction.run(store, connection -> {
                for (SeriesSpan series : rollup.pendingHours().series(connection)) {
                    rollup.pendingHours().plan(connection, series, start, windowEnd);
                }
                if (markUntil != null) {
                    moveMarks(connection, rollup.marks(), Math.min(windowEnd, markUntil));
                }
                return null;
            });
        }
    }

    private static void moveMarks(Connection connection, List<String> marks, long rolledUpTo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO rollup_marks (statistics, rolled_up_to) VALUES (?, ?)
                ON CONFLICT (statistics) DO UPDATE SET rolled_up_to = CASE
                    WHEN excluded.rolled_up_to > rollup_marks.rolled_up_to THEN excluded.rolled_up_to
                    ELSE rollup_marks.rolled_up_to END
                """)) {
            for (String mark : marks) {
                statement.setString(1, mark);
                statement.setLong(2, rolledUpTo);
                statement.executeUpdate();
            }
        }
    }

    /** The end of the last closed bucket planned: the first of the kind's marks. */
    static OptionalLong mark(Connection connection, StatisticsRollup rollup) throws SQLException {
        return SqlValues.firstLong(connection, "SELECT rolled_up_to FROM rollup_marks WHERE statistics = ?", rollup.marks().get(0));
    }

    static long hourOf(long timestamp) {
        return Math.floorDiv(timestamp, HOUR) * HOUR;
    }

    private static long ceilHour(long timestamp) {
        return -Math.floorDiv(-timestamp, HOUR) * HOUR;
    }
}
