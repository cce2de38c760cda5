package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RollupItem;
import com.myhomecontrol.platform.entity.SeriesSpan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the hours the rollup job still has to compute, one row per hour and series, keyed
 * (hour_start, series column[, module column]): energy by device, weather by station and module;
 * and the series themselves, in the table that counts their readings.
 */
public final class PendingHours {

    private static final long HOUR = 3600;

    private final String table;
    private final String seriesTable;
    private final String seriesColumn;
    /** Null for series of one column. */
    private final String moduleColumn;

    public PendingHours(String table, String seriesTable, String seriesColumn, String moduleColumn) {
        this.table = table;
        this.seriesTable = seriesTable;
        this.seriesColumn = seriesColumn;
        this.moduleColumn = moduleColumn;
    }

    /** Each series that has readings, with its first and last. */
    public List<SeriesSpan> series(Connection connection) throws SQLException {
        List<SeriesSpan> series = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + keyColumns()
                + ", first_timestamp, last_timestamp FROM " + seriesTable + " ORDER BY " + keyColumns());
             ResultSet rows = select.executeQuery()) {
            int times = moduleColumn == null ? 2 : 3;
            while (rows.next()) {
                series.add(new SeriesSpan(rows.getString(1), moduleColumn == null ? "" : rows.getString(2),
                        rows.getLong(times), rows.getLong(times + 1)));
            }
        }
        return series;
    }

    /** Queues the hours that start in [fromHour, toHour) and hold part of the series' span. */
    public void plan(Connection connection, SeriesSpan series, long fromHour, long toHour) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (hour_start, "
                + keyColumns() + ") VALUES (?, ?" + (moduleColumn == null ? "" : ", ?") + ") ON CONFLICT DO NOTHING")) {
            long end = Math.min(toHour, Math.floorDiv(series.last(), HOUR) * HOUR + HOUR);
            for (long hour = Math.max(fromHour, Math.floorDiv(series.first(), HOUR) * HOUR); hour < end; hour += HOUR) {
                bind(insert, new RollupItem(hour, series.seriesId(), series.moduleType()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public long count(Connection connection) throws SQLException {
        return SqlValues.firstLong(connection, "SELECT COUNT(*) FROM " + table).orElse(0);
    }

    /** At most {@code limit} pending hours after {@code after}, in order. */
    public List<RollupItem> after(Connection connection, RollupItem after, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT hour_start, " + keyColumns() + " FROM " + table
                + " WHERE (hour_start, " + keyColumns() + ") > (?, ?" + (moduleColumn == null ? "" : ", ?") + ")"
                + " ORDER BY hour_start, " + keyColumns() + " LIMIT " + limit)) {
            bind(select, after);
            List<RollupItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new RollupItem(rows.getLong(1), rows.getString(2), moduleColumn == null ? "" : rows.getString(3)));
                }
            }
            return items;
        }
    }

    /** Call in the transaction that rolled the item up. */
    public void done(Connection connection, RollupItem item) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE hour_start = ? AND "
                + seriesColumn + " = ?" + (moduleColumn == null ? "" : " AND " + moduleColumn + " = ?"))) {
            bind(delete, item);
            delete.executeUpdate();
        }
    }

    private String keyColumns() {
        return moduleColumn == null ? seriesColumn : seriesColumn + ", " + moduleColumn;
    }

    private void bind(PreparedStatement statement, RollupItem item) throws SQLException {
        statement.setLong(1, item.hourStart());
        statement.setString(2, item.seriesId());
        if (moduleColumn != null) {
            statement.setString(3, item.moduleType());
        }
    }
}
