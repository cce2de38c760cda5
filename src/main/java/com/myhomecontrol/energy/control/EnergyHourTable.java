package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyHour;
import com.myhomecontrol.energy.entity.EnergySample;
import com.myhomecontrol.platform.control.SqlValues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the rows of energy_hourly. */
final class EnergyHourTable {

    private static final String COLUMNS = "hour_start, reading_count, power_count, power_sum, power_min, power_max, energy_kwh, "
            + "first_timestamp, first_power_w, first_daily_kwh, last_timestamp, last_power_w, last_daily_kwh";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM energy_hourly WHERE device_id = ? AND hour_start >= ? AND hour_start < ? ORDER BY hour_start";
    private static final String SAVE = "INSERT OR REPLACE INTO energy_hourly (device_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EnergyHourTable() {
    }

    /** The hours of a device that start in [fromHour, toHour), in time order. */
    static List<EnergyHour> list(Connection connection, String deviceId, long fromHour, long toHour) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, deviceId);
            statement.setLong(2, fromHour);
            statement.setLong(3, toHour);
            List<EnergyHour> hours = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hours.add(new EnergyHour(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getDouble(4),
                            SqlValues.getDouble(rows, 5), SqlValues.getDouble(rows, 6), rows.getDouble(7),
                            new EnergySample(rows.getLong(8), SqlValues.getDouble(rows, 9), SqlValues.getDouble(rows, 10)),
                            new EnergySample(rows.getLong(11), SqlValues.getDouble(rows, 12), SqlValues.getDouble(rows, 13))));
                }
            }
            return hours;
        }
    }

    static EnergyHour find(Connection connection, String deviceId, long hourStart) throws SQLException {
        List<EnergyHour> hours = list(connection, deviceId, hourStart, hourStart + 1);
        return hours.isEmpty() ? null : hours.get(0);
    }

    static void save(Connection connection, String deviceId, EnergyHour hour) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
            statement.setString(1, deviceId);
            statement.setLong(2, hour.hourStart());
            statement.setLong(3, hour.readingCount());
            statement.setLong(4, hour.powerCount());
            statement.setDouble(5, hour.powerSum());
            SqlValues.setDouble(statement, 6, hour.powerMin());
            SqlValues.setDouble(statement, 7, hour.powerMax());
            statement.setDouble(8, hour.energyKwh());
            statement.setLong(9, hour.first().timestamp());
            SqlValues.setDouble(statement, 10, hour.first().powerW());
            SqlValues.setDouble(statement, 11, hour.first().dailyEnergyKwh());
            statement.setLong(12, hour.last().timestamp());
            SqlValues.setDouble(statement, 13, hour.last().powerW());
            SqlValues.setDouble(statement, 14, hour.last().dailyEnergyKwh());
            statement.executeUpdate();
        }
    }
}
