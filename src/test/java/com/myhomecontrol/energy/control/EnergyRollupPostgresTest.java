package com.myhomecontrol.energy.control;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.time.Duration;

/** Every test of {@link EnergyRollupTest} on the PostgreSQL store: the same statements, the same answers. */
class EnergyRollupPostgresTest extends EnergyRollupTest {

    @Override
    DataSource migratedStore() {
        return PostgresTimeseries.migratedAround(START, Duration.ofDays(3));
    }
}
