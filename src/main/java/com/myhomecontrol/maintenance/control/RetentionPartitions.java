package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetentionBatch.OldDay;
import com.myhomecontrol.maintenance.entity.RetentionTable;
import com.myhomecontrol.platform.control.PostgresWriteLock;
import com.myhomecontrol.platform.entity.RawTableDays;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retention of the raw tables on PostgreSQL by whole days: a daily partition whose day ended before
 * the cutoff is dropped, not deleted row by row, and the series it held are corrected (their counts
 * less its rows, their first reading the oldest one left) in the same transaction, which holds the
 * writers' lock alone, so that no reading lands in the day between its count and its drop.
 */
final class RetentionPartitions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DataSource store;

    RetentionPartitions(DataSource store) {
        this.store = store;
    }

    /** The first day after {@code after} whose partition holds only rows older than {@code cutoff}. */
    Optional<OldDay> next(RetentionTable table, long after, long cutoff) {
        long lastWholeDay = RawTableDays.dayStart(cutoff) - RawTableDays.DAY_SECONDS;
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT c.relname FROM pg_inherits i"
                     + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass(?)")) {
            statement.setString(1, table.table());
            Long first = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long day = dayOf(table, rows.getString(1));
                    if (day > after && day <= lastWholeDay && (first == null || day < first)) {
                        first = day;
                    }
                }
            }
            return Optional.ofNullable(first).map(day -> new OldDay(table, day));
        } catch (SQLException e) {
            throw new JobFailedException("Cannot list the partitions of " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /** The rows the day's partition holds. */
    long count(OldDay day) {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + partition(day))) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new JobFailedException("Cannot count " + partition(day) + ": " + e.getMessage(), e);
        }
    }

    /** Drops the day's partition and corrects its series; the rows it held. */
    long drop(OldDay day) {
        RetentionTable table = day.table();
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PostgresWriteLock.exclusive(connection);
                List<SeriesCount> series = seriesIn(connection, day);
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP TABLE " + partition(day));
                }
                long rows = 0;
                for (SeriesCount one : series) {
                    TimeseriesRetention.correctSeries(connection, table, one.series(), one.rows());
                    rows += one.rows();
                }
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot drop " + partition(day) + ": " + e.getMessage(), e);
        }
    }

    private record SeriesCount(List<String> series, long rows) {
    }

    private static List<SeriesCount> seriesIn(Connection connection, OldDay day) throws SQLException {
        String columns = String.join(", ", day.table().seriesColumns());
        List<SeriesCount> series = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + ", COUNT(*) FROM " + partition(day) + " GROUP BY " + columns)) {
            int count = day.table().seriesColumns().size() + 1;
            while (rows.next()) {
                List<String> key = new ArrayList<>();
                for (int column = 1; column < count; column++) {
                    key.add(rows.getString(column));
                }
                series.add(new SeriesCount(List.copyOf(key), rows.getLong(count)));
            }
        }
        return series;
    }

    /** The name ensure_partitions gives the day's partition, energy_timeseries_p20261201. */
    private static String partition(OldDay day) {
        return day.table().table() + "_p" + LocalDate.ofEpochDay(Math.floorDiv(day.dayStart(), RawTableDays.DAY_SECONDS)).format(DAY);
    }

    private static long dayOf(RetentionTable table, String partition) {
        String date = partition.substring(table.table().length() + 2);
        return LocalDate.parse(date, DAY).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
