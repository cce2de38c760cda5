package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetentionBatch.OldDay;
import com.myhomecontrol.maintenance.entity.RetentionBatch.SeriesRange;
import com.myhomecontrol.maintenance.entity.RetentionBatch.TableDone;
import com.myhomecontrol.maintenance.entity.RetentionTable;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.entity.RawTableDays;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deletes old rows of the time-series tables in short transactions: one range of one series each,
 * found by the primary key, so the server's writer waits for one small delete at most. A range
 * holds at most {@code maxRows} rows, fewer while deletes take long (a busy machine, or a writer
 * it waited for): each delete aims to take 5 to 20 ms. After each one the job pauses at least as
 * long as the delete took (and 25 ms, the longest step of SQLite's busy handler in its first
 * 100 ms): the writer polls for the lock, and a job that took it again at once could keep it out.
 */
public final class TimeseriesRetention implements AutoCloseable {

    private static final long MIN_PAUSE_MILLIS = 25;
    private static final long SHORT_HOLD_MILLIS = 5;
    private static final long LONG_HOLD_MILLIS = 20;
    private static final int MIN_ROWS = 500;
    /** About a megabyte of raw readings, far below SQLite's auto-checkpoint size of 1,000 pages. */
    private static final long ROWS_PER_CHECKPOINT = 20_000;

    private final DataSource store;
    /** On PostgreSQL: its raw tables' old days go whole; null on SQLite. */
    private final RetentionPartitions partitions;
    private final int maxRows;
    private int rowsPerDelete;
    private Connection deletes;
    private long uncheckpointedRows;

    public TimeseriesRetention(TimeseriesStoreRef store, int maxRows) {
        this.store = JobEnvironment.current().open(store);
        this.partitions = store.onPostgresql() ? new RetentionPartitions(this.store) : null;
        this.maxRows = maxRows;
        this.rowsPerDelete = maxRows;
    }

    /** On PostgreSQL the first whole old day of a raw table after {@code after}; always empty on SQLite. */
    public Optional<OldDay> nextOldDay(RetentionTable table, long after, long cutoff) {
        return partitions == null || !table.isRaw() ? Optional.empty() : partitions.next(table, after, cutoff);
    }

    public long count(OldDay day) {
        return partitions.count(day);
    }

    public long drop(OldDay day) {
        return partitions.drop(day);
    }

    /**
     * The next range of the table's rows older than {@code cutoff}, after the series and time given;
     * empty when done. On PostgreSQL the raw tables' whole old days went as {@link OldDay}s before:
     * the ranges start at the cutoff's day.
     */
    public Optional<SeriesRange> next(RetentionTable table, List<String> series, long after, long cutoff) {
        int chunkRows = rowsPerDelete;
        long floor = nextOldDayPossible(table) ? RawTableDays.dayStart(cutoff) - 1 : Long.MIN_VALUE;
        try (Connection connection = store.getConnection()) {
            List<String> current = series == null ? firstSeries(connection, table) : series;
            long from = Math.max(after, floor);
            while (current != null) {
                Long first = firstTimeAfter(connection, table, current, from, cutoff);
                if (first != null) {
                    Long last = nthTimeAfter(connection, table, current, from, cutoff, chunkRows);
                    return Optional.of(new SeriesRange(table, current, from, last != null ? last : cutoff - 1));
                }
                current = nextSeries(connection, table, current);
                from = floor;
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /** Rows of the table older than {@code cutoff}, for the progress. */
    public long countOlder(RetentionTable table, long cutoff) {
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM " + table.table() + " WHERE " + table.timeColumn() + " < ?")) {
            statement.setLong(1, cutoff);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot count " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /** Counts the range's rows without deleting them. */
    public long count(SeriesRange range) {
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM " + range.table().table() + " WHERE " + inRange(range.table()))) {
            bindRange(statement, range);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot count " + range.table().table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the range, and for a raw table corrects its series' reading_count and first_timestamp
     * in the same transaction: they describe the readings stored. A series left without readings
     * keeps its row (with 0 readings, its first timestamp its last), so its statistics stay found.
     */
    public long delete(SeriesRange range) {
        RetentionTable table = range.table();
        try {
            Connection connection = deleteConnection();
            long started = System.nanoTime();
            long deleted;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.table() + " WHERE " + inRange(table))) {
                bindRange(delete, range);
                deleted = delete.executeUpdate();
                if (table.isRaw() && deleted > 0) {
                    correctSeries(connection, table, range.series(), deleted);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    // SQLite rolls back by itself on a full disk or an I/O error: the cause is e.
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            long heldMillis = (System.nanoTime() - started) / 1_000_000;
            adapt(heldMillis);
            uncheckpointedRows += deleted;
            if (partitions == null && uncheckpointedRows >= ROWS_PER_CHECKPOINT) {
                checkpoint();
                uncheckpointedRows = 0;
            }
            pause(heldMillis);
            return deleted;
        } catch (SQLException e) {
            throw new JobFailedException("Cannot delete from " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /** Records that the table keeps everything from {@code retainedSince} on (never moving that back). */
    public void done(TableDone done) {
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     INSERT INTO retention_marks (series, retained_since) VALUES (?, ?)
                     ON CONFLICT (series) DO UPDATE SET retained_since = CASE
                         WHEN excluded.retained_since > retention_marks.retained_since THEN excluded.retained_since
                         ELSE retention_marks.retained_since END
                     """)) {
            statement.setString(1, done.table().table());
            statement.setLong(2, done.retainedSince());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new JobFailedException("Cannot record the retention of " + done.table().table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * How far the rollup has summed up the raw table into the statistics made from it
     * (rollup_marks, by statistics table), or empty when one of them was never rolled up. The
     * mark moves when the rollup queues hours, not when it has computed them: the oldest hour
     * still queued in {@code pendingTable} bounds it too.
     */
    public Optional<Long> rolledUpTo(List<String> statistics, String pendingTable) {
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT rolled_up_to FROM rollup_marks WHERE statistics = ?");
             Statement pending = connection.createStatement()) {
            long upTo = Long.MAX_VALUE;
            for (String name : statistics) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    upTo = Math.min(upTo, rows.getLong(1));
                }
            }
            try (ResultSet oldest = pending.executeQuery("SELECT MIN(hour_start) FROM " + pendingTable)) {
                oldest.next();
                long hour = oldest.getLong(1);
                if (!oldest.wasNull()) {
                    upTo = Math.min(upTo, hour);
                }
            }
            return Optional.of(upTo);
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read rollup_marks: " + e.getMessage(), e);
        }
    }

    /**
     * Moves what the WAL holds into the file and empties it; then, if asked, rebuilds the file to free
     * the space. On PostgreSQL, which has no such step, vacuums the four tables if asked.
     */
    public void compact(boolean vacuum) {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            if (partitions != null) {
                if (vacuum) {
                    statement.execute("VACUUM ANALYZE " + String.join(", ", RetentionTable.names()));
                }
                return;
            }
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            if (vacuum) {
                statement.execute("VACUUM");
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot " + (vacuum ? "checkpoint and vacuum " : "checkpoint ") + ": " + e.getMessage(), e);
        }
    }

    private boolean nextOldDayPossible(RetentionTable table) {
        return partitions != null && table.isRaw();
    }

    /** Less {@code deleted} readings for the series, whose first reading is now the oldest left. */
    static void correctSeries(Connection connection, RetentionTable table, List<String> seriesKey, long deleted) throws SQLException {
        String series = seriesEquals(table);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table.seriesTable()
                + " SET reading_count = reading_count - ?, first_timestamp = COALESCE((SELECT MIN(" + table.timeColumn()
                + ") FROM " + table.table() + " WHERE " + series + "), last_timestamp) WHERE " + series)) {
            update.setLong(1, deleted);
            int index = 2;
            for (int round = 0; round < 2; round++) {
                for (String value : seriesKey) {
                    update.setString(index++, value);
                }
            }
            update.executeUpdate();
        }
    }

    private static List<String> firstSeries(Connection connection, RetentionTable table) throws SQLException {
        return series(connection, "SELECT " + columns(table) + " FROM " + table.table() + " ORDER BY " + columns(table)
                + " LIMIT 1", List.of());
    }

    private static List<String> nextSeries(Connection connection, RetentionTable table, List<String> after) throws SQLException {
        return series(connection, "SELECT " + columns(table) + " FROM " + table.table() + " WHERE (" + columns(table)
                + ") > (" + placeholders(table) + ") ORDER BY " + columns(table) + " LIMIT 1", after);
    }

    private static List<String> series(Connection connection, String sql, List<String> bound) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < bound.size(); i++) {
                statement.setString(i + 1, bound.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                List<String> series = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    series.add(rows.getString(i));
                }
                return List.copyOf(series);
            }
        }
    }

    private static Long firstTimeAfter(Connection connection, RetentionTable table, List<String> series, long after, long cutoff)
            throws SQLException {
        return timeAfter(connection, table, series, after, cutoff, "LIMIT 1");
    }

    /** The time of the chunk's last row, or null when fewer rows than a chunk are left. */
    private static Long nthTimeAfter(Connection connection, RetentionTable table, List<String> series, long after, long cutoff,
                                     int chunkRows) throws SQLException {
        return timeAfter(connection, table, series, after, cutoff, "LIMIT 1 OFFSET " + (chunkRows - 1));
    }

    private static Long timeAfter(Connection connection, RetentionTable table, List<String> series, long after, long cutoff,
                                  String limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + table.timeColumn() + " FROM " + table.table()
                + " WHERE " + seriesEquals(table) + " AND " + table.timeColumn() + " > ? AND " + table.timeColumn() + " < ?"
                + " ORDER BY " + table.timeColumn() + " " + limit)) {
            int index = bindSeries(statement, series);
            statement.setLong(index++, after);
            statement.setLong(index, cutoff);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static String inRange(RetentionTable table) {
        return seriesEquals(table) + " AND " + table.timeColumn() + " > ? AND " + table.timeColumn() + " <= ?";
    }

    private static void bindRange(PreparedStatement statement, SeriesRange range) throws SQLException {
        int index = bindSeries(statement, range.series());
        statement.setLong(index++, range.after());
        statement.setLong(index, range.upTo());
    }

    private static int bindSeries(PreparedStatement statement, List<String> series) throws SQLException {
        int index = 1;
        for (String value : series) {
            statement.setString(index++, value);
        }
        return index;
    }

    private static String seriesEquals(RetentionTable table) {
        return table.seriesColumns().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
    }

    private static String columns(RetentionTable table) {
        return String.join(", ", table.seriesColumns());
    }

    private static String placeholders(RetentionTable table) {
        return table.seriesColumns().stream().map(column -> "?").collect(Collectors.joining(", "));
    }

    /**
     * Copies the WAL into the file while the writer may go on (PASSIVE takes no write lock), so the
     * WAL stays small: otherwise the writer's next commit would find it past SQLite's auto-checkpoint
     * size and do the checkpoint of the job's deletes itself, inside a client's write. Not after
     * every delete: each checkpoint syncs the file, and the writer's own syncs would queue behind.
     */
    private void checkpoint() throws SQLException {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    /** One connection for the run's deletes: its page cache and statements stay warm, which keeps each lock short. */
    private Connection deleteConnection() throws SQLException {
        if (deletes == null) {
            deletes = store.getConnection();
            if (partitions == null) {
                try (Statement statement = deletes.createStatement()) {
                    // No fsync while the lock is held: a delete lost in a crash is done again by the next run.
                    statement.execute("PRAGMA synchronous = NORMAL");
                }
            }
            deletes.setAutoCommit(false);
        }
        return deletes;
    }

    @Override
    public void close() {
        if (deletes != null) {
            try {
                deletes.close();
            } catch (SQLException e) {
                throw new JobFailedException("Cannot close the connection to the time-series store: " + e.getMessage(), e);
            } finally {
                deletes = null;
            }
        }
    }

    private void adapt(long heldMillis) {
        if (heldMillis > LONG_HOLD_MILLIS) {
            rowsPerDelete = Math.max(Math.min(MIN_ROWS, maxRows), rowsPerDelete / 2);
        } else if (heldMillis < SHORT_HOLD_MILLIS) {
            rowsPerDelete = Math.min(maxRows, rowsPerDelete + rowsPerDelete / 2 + 1);
        }
    }

    private static void pause(long heldMillis) {
        try {
            Thread.sleep(Math.max(MIN_PAUSE_MILLIS, heldMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("Interrupted between two deletes", e);
        }
    }
}
