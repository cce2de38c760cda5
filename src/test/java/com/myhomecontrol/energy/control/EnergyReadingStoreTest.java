package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnergyReadingStoreTest {

    static final long T = 1_764_400_000L;

    @TempDir
    Path directory;

    private DataSource dataSource;
    private TimeseriesWriter writer;
    private EnergyReadingStore store;

    /** What energy_devices says of one device. */
    record Device(long first, long last, long count) {
    }

    @BeforeEach
    void openStore() {
        dataSource = migratedStore();
        writer = SqliteFiles.writer(dataSource);
        store = new EnergyReadingStore(writer);
    }

    /** The store the tests run on: SQLite here, PostgreSQL in {@link EnergyReadingStorePostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    @AfterEach
    void closeStore() {
        writer.close();
    }

    @Test
    void powerThenVoltageOfTheSameSecondAreBothKept() {
        store(power("plug", T, 120.0));
        store(voltage("plug", T, 230.5));

        EnergyReading stored = stored("plug", T);
        assertEquals(120.0, stored.getPowerW());
        assertEquals(230.5, stored.getVoltageV());
        assertNull(stored.getCurrentA());
        assertEquals(1, rowCount());
    }

    @Test
    void aLaterNullKeepsTheStoredValueAndALaterValueOverwritesIt() {
        store(new EnergyReading("plug", T, 120.0, 230.0, 0.52, 1.25, 30.5, true));

        store(new EnergyReading("plug", T, null, null, null, null, null, false));
        EnergyReading kept = stored("plug", T);
        assertEquals(120.0, kept.getPowerW());
        assertEquals(230.0, kept.getVoltageV());
        assertEquals(0.52, kept.getCurrentA());
        assertEquals(1.25, kept.getDailyEnergyKwh());
        assertEquals(30.5, kept.getMonthlyEnergyKwh());
        assertEquals(false, kept.getPowerState());

        store(power("plug", T, 0.0));
        EnergyReading overwritten = stored("plug", T);
        assertEquals(0.0, overwritten.getPowerW());
        assertEquals(230.0, overwritten.getVoltageV());
    }

    @Test
    void devicesCountEachReadingOnceAcrossInsertsAndMerges() {
        store(power("plug", T + 60, 10.0), power("plug", T + 120, 11.0));
        assertEquals(new Device(T + 60, T + 120, 2), device("plug"));

        store(power("plug", T, 9.0), voltage("plug", T + 60, 231.0));   // one earlier reading, one merge
        assertEquals(new Device(T, T + 120, 3), device("plug"));

        store(voltage("plug", T + 120, 229.0), power("plug", T + 180, 12.0));  // one merge, one later reading
        assertEquals(new Device(T, T + 180, 4), device("plug"));

        store(power("other", T + 5, 1.0));
        assertEquals(new Device(T + 5, T + 5, 1), device("other"));
        assertEquals(new Device(T, T + 180, 4), device("plug"));
        assertEquals(5, rowCount());
    }

    @Test
    void aKeyTwiceInOneBatchMergesIntoOneReading() {
        store(power("plug", T, 50.0), voltage("plug", T, 230.0), power("plug", T, 55.0));

        EnergyReading stored = stored("plug", T);
        assertEquals(55.0, stored.getPowerW());
        assertEquals(230.0, stored.getVoltageV());
        assertEquals(1, rowCount());
        assertEquals(new Device(T, T, 1), device("plug"));
    }

    private void store(EnergyReading... readings) {
        store.store(List.of(readings));
    }

    private static EnergyReading power(String device, long timestamp, double watts) {
        return new EnergyReading(device, timestamp, watts, null, null, null, null, null);
    }

    private static EnergyReading voltage(String device, long timestamp, double volts) {
        return new EnergyReading(device, timestamp, null, volts, null, null, null, null);
    }

    private long rowCount() {
        return SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM energy_timeseries");
    }

    private EnergyReading stored(String device, long timestamp) {
        return queryOne("""
                SELECT power_w, voltage_v, current_a, daily_energy_kwh, monthly_energy_kwh, power_state
                FROM energy_timeseries WHERE device_id = ? AND timestamp = ?""",
                rows -> new EnergyReading(device, timestamp, SqlValues.getDouble(rows, 1), SqlValues.getDouble(rows, 2),
                        SqlValues.getDouble(rows, 3), SqlValues.getDouble(rows, 4), SqlValues.getDouble(rows, 5),
                        SqlValues.getBoolean(rows, 6)), device, timestamp);
    }

    private Device device(String device) {
        return queryOne("SELECT first_timestamp, last_timestamp, reading_count FROM energy_devices WHERE device_id = ?",
                rows -> new Device(rows.getLong(1), rows.getLong(2), rows.getLong(3)), device);
    }

    private interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <R> R queryOne(String sql, Row<R> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("No row for " + java.util.Arrays.toString(parameters));
                }
                return row.map(rows);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
