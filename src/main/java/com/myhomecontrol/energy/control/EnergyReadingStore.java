package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.BatchStatements;
import com.myhomecontrol.platform.control.SameKeyRows;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.RawTableDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stores energy readings, with their hourly rollup and device summary in the same transaction, which
 * on PostgreSQL holds the locks of its devices (other writers may store their readings at once). A
 * reading for a key already stored merges into it: fields given overwrite, fields absent keep what
 * is stored.
 */
@ApplicationScoped
public class EnergyReadingStore {

    static final String UPSERT = """
            INSERT INTO energy_timeseries (device_id, timestamp, power_w, voltage_v, current_a,
                                           daily_energy_kwh, monthly_energy_kwh, power_state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (device_id, timestamp) DO UPDATE SET
                power_w            = COALESCE(excluded.power_w, energy_timeseries.power_w),
                voltage_v          = COALESCE(excluded.voltage_v, energy_timeseries.voltage_v),
                current_a          = COALESCE(excluded.current_a, energy_timeseries.current_a),
                daily_energy_kwh   = COALESCE(excluded.daily_energy_kwh, energy_timeseries.daily_energy_kwh),
                monthly_energy_kwh = COALESCE(excluded.monthly_energy_kwh, energy_timeseries.monthly_energy_kwh),
                power_state        = COALESCE(excluded.power_state, energy_timeseries.power_state)
            """;

    private TimeseriesWriter writer;

    EnergyReadingStore() {
    }

    @Inject
    public EnergyReadingStore(TimeseriesWriter writer) {
        this.writer = writer;
    }

    /** Returns once every reading is committed; all of them or none. Readings of one key merge in their order. */
    public void store(List<EnergyReading> given) {
        List<EnergyReading> readings = SameKeyRows.merged(given, EnergyReading::key, EnergyReading::overwrittenBy);
        writer.write("energy", RawTableDays.of("energy_timeseries", readings, EnergyReading::getTimestamp),
                readings.stream().map(EnergyReading::getDeviceId).distinct().toList(), connection -> {
            BatchStatements.execute(connection, UPSERT, readings, EnergyReadingStore::bind);
            EnergyRollup.update(connection, readings);
        }, readings.size());
    }

    /** The time of the device's newest reading, if it has any. */
    public OptionalLong lastTimestamp(String deviceId) {
        return writer.read(connection -> SqlValues.firstLong(connection,
                "SELECT last_timestamp FROM energy_devices WHERE device_id = ?", deviceId));
    }

    private static void bind(PreparedStatement statement, EnergyReading r) throws SQLException {
        statement.setString(1, r.getDeviceId());
        statement.setLong(2, r.getTimestamp());
        SqlValues.setDouble(statement, 3, r.getPowerW());
        SqlValues.setDouble(statement, 4, r.getVoltageV());
        SqlValues.setDouble(statement, 5, r.getCurrentA());
        SqlValues.setDouble(statement, 6, r.getDailyEnergyKwh());
        SqlValues.setDouble(statement, 7, r.getMonthlyEnergyKwh());
        SqlValues.setBoolean(statement, 8, r.getPowerState());
    }
}
