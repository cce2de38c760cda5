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

/** Reads and writes the rows of energy_hourly on one connection, with its statements prepared once. */
final class EnergyHourTable implements AutoCloseable {

    private static final String COLUMNS = "hour_start, reading_count, power_count, power_sum, power_min, power_max, energy_kwh, "
            + "first_timestamp, first_power_w, first_daily_kwh, last_timestamp, last_power_w, last_daily_kwh";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM energy_hourly WHERE device_id = ? AND hour_start >= ? AND hour_start < ? ORDER BY hour_start";
    private static final String SAVE = "INSERT OR REPLACE INTO energy_hourly (device_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final PreparedStatement select;
    /** Prepared on first save: history queries only read. */
    private PreparedStatement save;

    EnergyHourTable(Connection connection) throws SQLException {
        this.connection = connection;
        this.select = connection.prepareStatement(SELECT);
    }

    /** The hours of a device that start in [fromHour, toHour), in time order. */
    List<EnergyHour> list(String deviceId, long fromHour, long toHour) throws SQLException {
        select.setString(1, deviceId);
        select.setLong(2, fromHour);
        select.setLong(3, toHour);
        List<EnergyHour> hours = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hours.add(new EnergyHour(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getDouble(4),
                        SqlValues.getDouble(rows, 5), SqlValues.getDouble(rows, 6), rows.getDouble(7),
                        new EnergySample(rows.getLong(8), SqlValues.getDouble(rows, 9), SqlValues.getDouble(rows, 10)),
                        new EnergySample(rows.getLong(11), SqlValues.getDouble(rows, 12), SqlValues.getDouble(rows, 13))));
            }
        }
        return hours;
    }

    EnergyHour find(String deviceId, long hourStart) throws SQLException {
        List<EnergyHour> hours = list(deviceId, hourStart, hourStart + 1);
        return hours.isEmpty() ? null : hours.get(0);
    }

    void save(String deviceId, EnergyHour hour) throws SQLException {
        if (save == null) {
            save = connection.prepareStatement(SAVE);
        }
        save.setString(1, deviceId);
        save.setLong(2, hour.hourStart());
        save.setLong(3, hour.readingCount());
        save.setLong(4, hour.powerCount());
        save.setDouble(5, hour.powerSum());
        SqlValues.setDouble(save, 6, hour.powerMin());
        SqlValues.setDouble(save, 7, hour.powerMax());
        save.setDouble(8, hour.energyKwh());
        save.setLong(9, hour.first().timestamp());
        SqlValues.setDouble(save, 10, hour.first().powerW());
        SqlValues.setDouble(save, 11, hour.first().dailyEnergyKwh());
        save.setLong(12, hour.last().timestamp());
        SqlValues.setDouble(save, 13, hour.last().powerW());
        SqlValues.setDouble(save, 14, hour.last().dailyEnergyKwh());
        save.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        select.close();
        if (save != null) {
            save.close();
        }
    }
}
