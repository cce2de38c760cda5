package com.myhomecontrol.energy.control;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.time.Duration;

/** Every test of {@link EnergyReadingStoreTest} on the PostgreSQL store: the same statements, the same answers. */
class EnergyReadingStorePostgresTest extends EnergyReadingStoreTest {

    @Override
    DataSource migratedStore() {
        return PostgresTimeseries.migratedAround(T, Duration.ofDays(2));
    }
}
