package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.BatchStatements;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.weather.entity.WeatherReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores weather readings. A reading for a key already stored merges into it: storing the
 * humidity of a second keeps the temperature stored for it.
 */
@ApplicationScoped
public class WeatherReadingStore {

    static final String UPSERT = """
            INSERT INTO weather_timeseries (station_id, module_type, timestamp, temperature_c,
                                            humidity_percent, co2_ppm, pressure_mbar, noise_db)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, module_type, timestamp) DO UPDATE SET
                temperature_c    = COALESCE(excluded.temperature_c, temperature_c),
                humidity_percent = COALESCE(excluded.humidity_percent, humidity_percent),
                co2_ppm          = COALESCE(excluded.co2_ppm, co2_ppm),
                pressure_mbar    = COALESCE(excluded.pressure_mbar, pressure_mbar),
                noise_db         = COALESCE(excluded.noise_db, noise_db)
            """;

    private TimeseriesWriter writer;

    WeatherReadingStore() {
    }

    @Inject
    public WeatherReadingStore(TimeseriesWriter writer) {
        this.writer = writer;
    }

    /** Returns once every reading is committed; all of them or none. */
    public void store(List<WeatherReading> readings) {
        writer.write(connection -> BatchStatements.execute(connection, UPSERT, readings, WeatherReadingStore::bind), readings.size());
    }

    private static void bind(PreparedStatement statement, WeatherReading r) throws SQLException {
        statement.setString(1, r.getStationId());
        statement.setString(2, r.getModuleType());
        statement.setLong(3, r.getTimestamp());
        SqlValues.setDouble(statement, 4, r.getTemperatureC());
        SqlValues.setDouble(statement, 5, r.getHumidityPercent());
        SqlValues.setDouble(statement, 6, r.getCo2Ppm());
        SqlValues.setDouble(statement, 7, r.getPressureMbar());
        SqlValues.setDouble(statement, 8, r.getNoiseDb());
    }
}
