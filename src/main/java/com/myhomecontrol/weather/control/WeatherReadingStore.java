package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.BatchStatements;
import com.myhomecontrol.platform.control.SameKeyRows;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.platform.entity.RawTableDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stores weather readings. A reading for a key already stored merges into it: storing the
 * humidity of a second keeps the temperature stored for it.
 */
@ApplicationScoped
public class WeatherReadingStore {

    static final String UPSERT = """
            INSERT INTO weather_timeseries (station_id, module_type, timestamp, temperature_c,
                                            humidity_percent, co2_ppm, pressure_mbar, noise_db,
                                            wind_strength_kmh, wind_angle_deg, gust_strength_kmh,
                                            gust_angle_deg, rain_mm, rain_1h_mm, rain_24h_mm)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, module_type, timestamp) DO UPDATE SET
                temperature_c    = COALESCE(excluded.temperature_c, weather_timeseries.temperature_c),
                humidity_percent = COALESCE(excluded.humidity_percent, weather_timeseries.humidity_percent),
                co2_ppm          = COALESCE(excluded.co2_ppm, weather_timeseries.co2_ppm),
                pressure_mbar    = COALESCE(excluded.pressure_mbar, weather_timeseries.pressure_mbar),
                noise_db         = COALESCE(excluded.noise_db, weather_timeseries.noise_db),
                wind_strength_kmh = COALESCE(excluded.wind_strength_kmh, weather_timeseries.wind_strength_kmh),
                wind_angle_deg    = COALESCE(excluded.wind_angle_deg, weather_timeseries.wind_angle_deg),
                gust_strength_kmh = COALESCE(excluded.gust_strength_kmh, weather_timeseries.gust_strength_kmh),
                gust_angle_deg    = COALESCE(excluded.gust_angle_deg, weather_timeseries.gust_angle_deg),
                rain_mm           = COALESCE(excluded.rain_mm, weather_timeseries.rain_mm),
                rain_1h_mm        = COALESCE(excluded.rain_1h_mm, weather_timeseries.rain_1h_mm),
                rain_24h_mm       = COALESCE(excluded.rain_24h_mm, weather_timeseries.rain_24h_mm)
            """;

    private TimeseriesWriter writer;

    WeatherReadingStore() {
    }

    @Inject
    public WeatherReadingStore(TimeseriesWriter writer) {
        this.writer = writer;
    }

    /** Returns once every reading is committed; all of them or none. */
    public void store(List<WeatherReading> given) {
        List<WeatherReading> readings = SameKeyRows.merged(given, WeatherReading::key, WeatherReading::overwrittenBy);
        // No series to lock: the trigger of weather_series adds to its counts in place.
        writer.write("weather", RawTableDays.of("weather_timeseries", readings, WeatherReading::getTimestamp), List.of(),
                connection -> BatchStatements.execute(connection, UPSERT, readings, WeatherReadingStore::bind), readings.size());
    }

    /** The time of the module's newest reading, if it has any. */
    public OptionalLong lastTimestamp(String stationId, String moduleType) {
        return writer.read(connection -> SqlValues.firstLong(connection,
                "SELECT last_timestamp FROM weather_series WHERE station_id = ? AND module_type = ?", stationId, moduleType));
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
        SqlValues.setDouble(statement, 9, r.getWindStrengthKmh());
        SqlValues.setDouble(statement, 10, r.getWindAngleDeg());
        SqlValues.setDouble(statement, 11, r.getGustStrengthKmh());
        SqlValues.setDouble(statement, 12, r.getGustAngleDeg());
        SqlValues.setDouble(statement, 13, r.getRainMm());
        SqlValues.setDouble(statement, 14, r.getRain1hMm());
        SqlValues.setDouble(statement, 15, r.getRain24hMm());
    }
}
