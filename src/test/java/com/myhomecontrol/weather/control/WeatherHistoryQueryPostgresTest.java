package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.time.Duration;

/** Every test of {@link WeatherHistoryQueryTest} on the PostgreSQL store: the same statements, the same answers. */
class WeatherHistoryQueryPostgresTest extends WeatherHistoryQueryTest {

    @Override
    DataSource migratedStore() {
        return PostgresTimeseries.migratedAround(HOUR, Duration.ofDays(3));
    }
}
