package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares the copy with its source series by series: the number of raw readings and the sums of
 * their main values (power and the daily counter; temperature and humidity), over the readings
 * before a time (those stored before the run began: the server may go on storing into SQLite) and
 * from the run's {@code since}.
 */
public final class TimeseriesVerification {

    /** How many series were compared, and one line per series that differs. */
    public record Outcome(int series, List<String> differences) {
    }

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final Map<String, String> QUERIES = Map.of(
            "energy_timeseries", "SELECT device_id, COUNT(*), SUM(power_w), SUM(daily_energy_kwh) FROM energy_timeseries"
                    + " WHERE timestamp < ? AND timestamp >= ? GROUP BY device_id",
            "weather_timeseries", "SELECT station_id || '/' || module_type, COUNT(*), SUM(temperature_c), SUM(humidity_percent)"
                    + " FROM weather_timeseries WHERE timestamp < ? AND timestamp >= ? GROUP BY station_id, module_type");

    private final DataSource source;
    private final DataSource target;

    public TimeseriesVerification(DataSource source, DataSource target) {
        this.source = source;
        this.target = target;
    }

    public Outcome compare(long before, long since) {
        int series = 0;
        List<String> differences = new ArrayList<>();
        for (var table : new TreeMap<>(QUERIES).entrySet()) {
            Map<String, List<Object>> expected = figures(source, table.getValue(), before, since, "SQLite");
            Map<String, List<Object>> copied = figures(target, table.getValue(), before, since, "PostgreSQL");
            series += expected.size();
            for (var one : expected.entrySet()) {
                List<Object> got = copied.get(one.getKey());
                if (got == null || !same(one.getValue(), got)) {
                    differences.add(table.getKey() + " " + one.getKey() + ": SQLite " + one.getValue() + ", PostgreSQL " + got);
                }
            }
        }
        return new Outcome(series, List.copyOf(differences));
    }

    private static Map<String, List<Object>> figures(DataSource store, String query, long before, long since, String name) {
        try (Connection connection = store.getConnection();
             PreparedStatement select = connection.prepareStatement(query)) {
            select.setLong(1, before);
            select.setLong(2, since);
            Map<String, List<Object>> figures = new TreeMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getString(1), List.of(rows.getLong(2), value(rows, 3), value(rows, 4)));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new JobFailedException("Cannot sum up the readings in " + name + ": " + e.getMessage(), e);
        }
    }

    private static Object value(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? "none" : value;
    }

    private static boolean same(List<Object> expected, List<Object> got) {
        for (int i = 0; i < expected.size(); i++) {
            Object want = expected.get(i);
            Object have = got.get(i);
            if (want instanceof Double a && have instanceof Double b) {
                if (Math.abs(a - b) > RELATIVE_TOLERANCE * Math.max(1, Math.abs(a))) {
                    return false;
                }
            } else if (!Objects.equals(want, have)) {
                return false;
            }
        }
        return true;
    }
}
