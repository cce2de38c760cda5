package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.platform.control.PostgresTimeseries;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

/** Every test of {@link RollupJobTest} with the time series on PostgreSQL: the same statistics. */
class RollupJobPostgresTest extends RollupJobTest {

    private DataSource store;

    @Override
    DataSource migratedStore() {
        store = PostgresTimeseries.migratedAround(START, Duration.ofDays(2));
        return store;
    }

    @Override
    void failOnce(long hour) throws SQLException {
        execute("CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.module_type = 'outdoor' AND NEW.hour_start = " + hour + " THEN RAISE EXCEPTION 'this chunk fails once'; END IF;"
                + " RETURN NEW; END $$");
        execute("CREATE TRIGGER fail_once BEFORE INSERT ON weather_hourly FOR EACH ROW EXECUTE FUNCTION fail_once()");
    }

    @Override
    String stopFailing() {
        return "DROP TRIGGER fail_once ON weather_hourly";
    }

    @Override
    String storeParameter() {
        return PostgresTimeseries.jobParameter(store);
    }
}
