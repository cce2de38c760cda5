package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.entity.StatisticsTable;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.MetricSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and replaces the rows of one weather statistics table (weather_5m, weather_hourly). */
final class WeatherStatisticsTable {

    static final StatisticsTable FIVE_MINUTES = new StatisticsTable("weather_5m", "bucket_start", 300);
    static final StatisticsTable HOURLY = new StatisticsTable("weather_hourly", "hour_start", 3600);

    private static final String SERIES = "station_id = ? AND module_type = ? AND metric = ?";

    private final Connection connection;
    private final StatisticsTable table;

    WeatherStatisticsTable(Connection connection, StatisticsTable table) {
        this.connection = connection;
        this.table = table;
    }

    /** The periods of one metric of a module that start in [from, to), in time order. */
    List<MetricSummary> list(String stationId, String moduleType, Metric metric, long from, long to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + table.startColumn()
                + ", value_count, value_sum, value_min, value_max FROM " + table.name() + " WHERE " + SERIES + " AND "
                + table.startColumn() + " >= ? AND " + table.startColumn() + " < ? ORDER BY " + table.startColumn())) {
            bind(select, stationId, moduleType, metric, from, to);
            List<MetricSummary> periods = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    periods.add(new MetricSummary(rows.getLong(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4), rows.getDouble(5)));
                }
            }
            return periods;
        }
    }

    /** Makes the rows of a module in [from, to) these periods of each metric, and only these. */
    void replace(String stationId, String moduleType, long from, long to, Map<Metric, List<MetricSummary>> periods) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.name() + " WHERE " + SERIES
                + " AND " + table.startColumn() + " >= ? AND " + table.startColumn() + " < ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name()
                     + " (station_id, module_type, metric, " + table.startColumn()
                     + ", value_count, value_sum, value_min, value_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Metric metric : Metric.values()) {
                bind(delete, stationId, moduleType, metric, from, to);
                delete.executeUpdate();
                for (MetricSummary period : periods.getOrDefault(metric, List.of())) {
                    insert.setString(1, stationId);
                    insert.setString(2, moduleType);
                    insert.setString(3, metric.column());
                    insert.setLong(4, period.start());
                    insert.setLong(5, period.count());
                    insert.setDouble(6, period.sum());
                    insert.setDouble(7, period.min());
                    insert.setDouble(8, period.max());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, String stationId, String moduleType, Metric metric,
                             long from, long to) throws SQLException {
        statement.setString(1, stationId);
        statement.setString(2, moduleType);
        statement.setString(3, metric.column());
        statement.setLong(4, from);
        statement.setLong(5, to);
    }
}
