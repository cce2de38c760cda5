package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergySample;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.entity.StatisticsTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes the rows of one energy summary table on one connection, with its statements prepared once. */
final class EnergyPeriodTable implements AutoCloseable {

    static final StatisticsTable HOURLY = new StatisticsTable("energy_hourly", "hour_start", 3600);
    static final StatisticsTable FIVE_MINUTES = new StatisticsTable("energy_5m", "bucket_start", 300);

    private static final String VALUES = "reading_count, power_count, power_sum, power_min, power_max, energy_kwh, "
            + "first_timestamp, first_power_w, first_daily_kwh, last_timestamp, last_power_w, last_daily_kwh";
    /** An upsert, not INSERT OR REPLACE: the same statement serves SQLite and PostgreSQL. */
    private static final String REPLACED_VALUES = Arrays.stream(VALUES.split(", "))
            .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));

    private final Connection connection;
    private final StatisticsTable table;
    private final PreparedStatement select;
    /** Prepared on first save: history queries only read. */
    private PreparedStatement save;
    private PreparedStatement delete;

    EnergyPeriodTable(Connection connection, StatisticsTable table) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.select = connection.prepareStatement("SELECT " + table.startColumn() + ", " + VALUES + " FROM " + table.name()
                + " WHERE device_id = ? AND " + table.startColumn() + " >= ? AND " + table.startColumn() + " < ? ORDER BY "
                + table.startColumn());
    }

    /** The periods of a device that start in [from, to), in time order. */
    List<EnergyPeriod> list(String deviceId, long from, long to) throws SQLException {
        select.setString(1, deviceId);
        select.setLong(2, from);
        select.setLong(3, to);
        List<EnergyPeriod> periods = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                periods.add(new EnergyPeriod(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getDouble(4),
                        SqlValues.getDouble(rows, 5), SqlValues.getDouble(rows, 6), rows.getDouble(7),
                        new EnergySample(rows.getLong(8), SqlValues.getDouble(rows, 9), SqlValues.getDouble(rows, 10)),
                        new EnergySample(rows.getLong(11), SqlValues.getDouble(rows, 12), SqlValues.getDouble(rows, 13))));
            }
        }
        return periods;
    }

    EnergyPeriod find(String deviceId, long start) throws SQLException {
        List<EnergyPeriod> periods = list(deviceId, start, start + 1);
        return periods.isEmpty() ? null : periods.get(0);
    }

    void save(String deviceId, EnergyPeriod period) throws SQLException {
        bindSave(deviceId, period);
        save.executeUpdate();
    }

    /** Saved with the others of its batch by {@link #saveBatched()}. */
    void saveInBatch(String deviceId, EnergyPeriod period) throws SQLException {
        bindSave(deviceId, period);
        save.addBatch();
    }

    void saveBatched() throws SQLException {
        if (save != null) {
            save.executeBatch();
        }
    }

    private void bindSave(String deviceId, EnergyPeriod period) throws SQLException {
        if (save == null) {
            save = connection.prepareStatement("INSERT INTO " + table.name() + " (device_id, "
                    + table.startColumn() + ", " + VALUES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (device_id, " + table.startColumn() + ") DO UPDATE SET " + REPLACED_VALUES);
        }
        save.setString(1, deviceId);
        save.setLong(2, period.start());
        save.setLong(3, period.readingCount());
        save.setLong(4, period.powerCount());
        save.setDouble(5, period.powerSum());
        SqlValues.setDouble(save, 6, period.powerMin());
        SqlValues.setDouble(save, 7, period.powerMax());
        save.setDouble(8, period.energyKwh());
        save.setLong(9, period.first().timestamp());
        SqlValues.setDouble(save, 10, period.first().powerW());
        SqlValues.setDouble(save, 11, period.first().dailyEnergyKwh());
        save.setLong(12, period.last().timestamp());
        SqlValues.setDouble(save, 13, period.last().powerW());
        SqlValues.setDouble(save, 14, period.last().dailyEnergyKwh());
    }

    /** Makes the rows of a device in [from, to) these periods, and only these. */
    void replace(String deviceId, long from, long to, List<EnergyPeriod> periods) throws SQLException {
        if (delete == null) {
            delete = connection.prepareStatement("DELETE FROM " + table.name() + " WHERE device_id = ? AND "
                    + table.startColumn() + " >= ? AND " + table.startColumn() + " < ?");
        }
        delete.setString(1, deviceId);
        delete.setLong(2, from);
        delete.setLong(3, to);
        delete.executeUpdate();
        for (EnergyPeriod period : periods) {
            save(deviceId, period);
        }
    }

    @Override
    public void close() throws SQLException {
        select.close();
        if (save != null) {
            save.close();
        }
        if (delete != null) {
            delete.close();
        }
    }
}
