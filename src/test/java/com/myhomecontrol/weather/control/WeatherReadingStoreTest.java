package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.weather.entity.Rain;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.weather.entity.Wind;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WeatherReadingStoreTest {

    static final long T = 1_764_400_000L;

    @TempDir
    Path directory;

    private DataSource dataSource;
    private TimeseriesWriter writer;
    private WeatherReadingStore store;

    /** A row of weather_series. */
    record Series(String station, String module, long first, long last, long count) {
    }

    /** The store the tests run on: SQLite here, PostgreSQL in {@link WeatherReadingStorePostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    @BeforeEach
    void openStore() {
        dataSource = migratedStore();
        writer = SqliteFiles.writer(dataSource);
        store = new WeatherReadingStore(writer);
    }

    @AfterEach
    void closeStore() {
        writer.close();
    }

    @Test
    void storingHumidityKeepsTheTemperatureOfTheSameSecond() {
        store(reading("home", "indoor", T, 21.5, null));
        store(reading("home", "indoor", T, null, 48.0));

        List<Double> stored = stored("home", "indoor", T);
        assertEquals(21.5, stored.get(0));
        assertEquals(48.0, stored.get(1));
        assertNull(stored.get(2));
        assertEquals(1, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM weather_timeseries"));
    }

    @Test
    void aLaterValueOverwritesAndTheOtherModuleIsUntouched() {
        store(reading("home", "indoor", T, 21.5, 48.0), reading("home", "outdoor", T, 3.0, 90.0));
        store(reading("home", "indoor", T, 22.0, null));

        assertEquals(List.of(22.0, 48.0), stored("home", "indoor", T).subList(0, 2));
        assertEquals(List.of(3.0, 90.0), stored("home", "outdoor", T).subList(0, 2));
    }

    @Test
    void windAndRainMergeLikeTheOtherMeasurements() {
        store.store(List.of(new WeatherReading("home", "wind", T, null, null, null, null, null,
                new Wind(12.0, 270.0, 30.0, 260.0), Rain.NONE)));
        store.store(List.of(new WeatherReading("home", "wind", T, null, null, null, null, null,
                new Wind(13.0, null, null, null), new Rain(0.2, 1.0, 5.0))));

        assertEquals(List.of(13.0, 270.0, 30.0, 260.0, 0.2, 1.0, 5.0), SqliteFiles.doubles(dataSource,
                "SELECT wind_strength_kmh, wind_angle_deg, gust_strength_kmh, gust_angle_deg, rain_mm, rain_1h_mm, rain_24h_mm"
                        + " FROM weather_timeseries WHERE module_type = 'wind'"));
    }

    @Test
    void seriesCountEachReadingOnce() {
        store(reading("home", "indoor", T + 300, 21.0, null), reading("home", "indoor", T + 600, 21.1, null));
        store(reading("home", "indoor", T + 300, null, 45.0));                      // merge: no new reading
        store(reading("home", "indoor", T, 20.9, null), reading("home", "outdoor", T + 60, 2.0, null));
        store(reading("home", "indoor", T + 900, 21.2, null), reading("home", "indoor", T + 900, null, 46.0));

        assertEquals(List.of(
                new Series("home", "indoor", T, T + 900, 4),
                new Series("home", "outdoor", T + 60, T + 60, 1)), series());
        assertEquals(5, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM weather_timeseries"));
    }

    private void store(WeatherReading... readings) {
        store.store(List.of(readings));
    }

    private static WeatherReading reading(String station, String module, long timestamp, Double temperature, Double humidity) {
        return new WeatherReading(station, module, timestamp, temperature, humidity, null, null, null);
    }

    /** temperature, humidity, co2, pressure and noise as stored. */
    private List<Double> stored(String station, String module, long timestamp) {
        String sql = "SELECT temperature_c, humidity_percent, co2_ppm, pressure_mbar, noise_db FROM weather_timeseries"
                + " WHERE station_id = ? AND module_type = ? AND timestamp = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, station);
            statement.setString(2, module);
            statement.setLong(3, timestamp);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("Nothing stored for " + station + "/" + module + " at " + timestamp);
                }
                List<Double> values = new ArrayList<>();
                for (int column = 1; column <= 5; column++) {
                    values.add(SqlValues.getDouble(rows, column));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<Series> series() {
        String sql = "SELECT station_id, module_type, first_timestamp, last_timestamp, reading_count FROM weather_series"
                + " ORDER BY station_id, module_type";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<Series> series = new ArrayList<>();
            while (rows.next()) {
                series.add(new Series(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
            return series;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
