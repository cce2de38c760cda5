package com.myhomecontrol.weather.control;

import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherPoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stored values of some metrics of one station module, per metric in time order, in one range scan. */
final class WeatherSamples {

    private WeatherSamples() {
    }

    static Map<Metric, List<WeatherPoint>> read(Connection connection, String stationId, String moduleType,
                                                List<Metric> metrics, long from, long to) throws SQLException {
        // The column names come from the Metric enum, never from a request.
        String sql = "SELECT timestamp, " + metrics.stream().map(Metric::column).collect(Collectors.joining(", "))
                + " FROM weather_timeseries WHERE station_id = ? AND module_type = ? AND timestamp >= ? AND timestamp < ?"
                + " ORDER BY timestamp";
        Map<Metric, List<WeatherPoint>> points = new EnumMap<>(Metric.class);
        metrics.forEach(metric -> points.put(metric, new ArrayList<>()));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, stationId);
            statement.setString(2, moduleType);
            statement.setLong(3, from);
            statement.setLong(4, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant timestamp = Instant.ofEpochSecond(rows.getLong(1));
                    for (int i = 0; i < metrics.size(); i++) {
                        double value = rows.getDouble(i + 2);
                        if (!rows.wasNull()) {
                            points.get(metrics.get(i)).add(new WeatherPoint(timestamp, value));
                        }
                    }
                }
            }
        }
        return points;
    }
}
