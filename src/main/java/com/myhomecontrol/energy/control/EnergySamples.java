package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergySample;
import com.myhomecontrol.platform.control.SqlValues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The stored readings of a device as energy samples, in time order. */
final class EnergySamples {

    private static final String SELECT = """
            SELECT timestamp, power_w, daily_energy_kwh FROM energy_timeseries
            WHERE device_id = ? AND timestamp >= ? AND timestamp < ? ORDER BY timestamp
            """;

    private EnergySamples() {
    }

    static List<EnergySample> read(Connection connection, String deviceId, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, deviceId);
            statement.setLong(2, from);
            statement.setLong(3, to);
            List<EnergySample> samples = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    samples.add(new EnergySample(rows.getLong(1), SqlValues.getDouble(rows, 2), SqlValues.getDouble(rows, 3)));
                }
            }
            return samples;
        }
    }
}
