package com.myhomecontrol.energy.control;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.time.Duration;

/** Every test of {@link EnergyHistoryQueryTest} on the PostgreSQL store: the same statements, the same answers. */
class EnergyHistoryQueryPostgresTest extends EnergyHistoryQueryTest {

    @Override
    DataSource migratedStore() {
        return PostgresTimeseries.migratedAround(MIDNIGHT, Duration.ofDays(3));
    }
}
