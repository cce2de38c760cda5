package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.time.Duration;

/** Every test of {@link WeatherReadingStoreTest} on the PostgreSQL store: the same statements, the same answers. */
class WeatherReadingStorePostgresTest extends WeatherReadingStoreTest {

    @Override
    DataSource migratedStore() {
        return PostgresTimeseries.migratedAround(T, Duration.ofDays(3));
    }
}
