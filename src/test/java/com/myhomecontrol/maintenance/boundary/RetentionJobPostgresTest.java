package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.platform.control.PostgresTimeseries;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import com.myhomecontrol.weather.entity.WeatherReading;
import jakarta.batch.runtime.JobExecution;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.myhomecontrol.maintenance.boundary.RetentionJobTest.completed;
import static com.myhomecontrol.maintenance.boundary.RetentionJobTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention of the time series on PostgreSQL: the raw tables' days wholly before the cutoff go as
 * whole partitions, the older rows of the cutoff's own day row by row, and the series tables stay
 * true; a dry run counts the same.
 */
class RetentionJobPostgresTest {

    private static final long DAY = RawTableDays.DAY_SECONDS;
    private static final long NOW = Instant.now().getEpochSecond();
    /** RETENTION_RAW_DAYS' default. */
    private static final long CUTOFF = NOW - 30 * DAY;

    private DataSource store;
    private TimeseriesWriter writer;

    @BeforeEach
    void fillStore() {
        store = PostgresTimeseries.migrated(NOW, NOW);
        writer = SqliteFiles.writer(store);
        EnergyReadingStore energy = new EnergyReadingStore(writer);
        energy.store(every("aircon", NOW - 40 * DAY, 60, 1_000));
        energy.store(every("aircon", NOW - DAY, 60, 100));
        energy.store(every("fridge", NOW - 45 * DAY, 60, 300));
        energy.store(every("edge", RawTableDays.dayStart(CUTOFF), 60, 2_000));
        new WeatherReadingStore(writer).store(List.of(
                new WeatherReading("station", "NAMain", NOW - 35 * DAY, 20.0, null, null, null, null),
                new WeatherReading("station", "NAMain", NOW - DAY, 21.0, null, null, null, null)));
        execute(store, "INSERT INTO rollup_marks VALUES ('energy_5m', " + NOW + "), ('weather_5m', " + NOW + "),"
                + " ('weather_hourly', " + NOW + ") ON CONFLICT (statistics) DO UPDATE SET rolled_up_to = excluded.rolled_up_to");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void oldDaysGoAsWholePartitionsTheCutoffsDayRowByRowAndTheDryRunAgrees() {
        long partitionsBefore = partitions();
        long edgeBeforeCutoff = SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'edge'"
                + " AND timestamp < " + CUTOFF);

        JsonObject dryRun = completed(retention("dryRun", "true"));
        assertEquals(partitionsBefore, partitions(), "a dry run drops nothing");
        JsonObject real = completed(retention());

        assertEquals(dryRun.getJsonObject("would_delete"), real.getJsonObject("deleted"));
        assertEquals(1_000 + 300 + edgeBeforeCutoff, real.getJsonObject("deleted").getInt("energy_timeseries"));
        assertEquals(1, real.getJsonObject("deleted").getInt("weather_timeseries"));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries WHERE timestamp < " + CUTOFF));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'energy_timeseries'::regclass"
                + " AND inhrelid::regclass::text < 'energy_timeseries_p" + day(CUTOFF) + "'"), "no partition of a whole old day is left");
        assertEquals(2_000 - edgeBeforeCutoff, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'edge'"));
        long edgeFirstKept = SqliteFiles.longValue(store, "SELECT MIN(timestamp) FROM energy_timeseries WHERE device_id = 'edge'");
        assertEquals("aircon 100 " + (NOW - DAY) + ",edge " + (2_000 - edgeBeforeCutoff) + " " + edgeFirstKept
                        + ",fridge 0 " + (NOW - 45 * DAY + 299 * 60),
                SqliteFiles.text(store, "SELECT string_agg(device_id || ' ' || reading_count || ' ' || first_timestamp, ','"
                        + " ORDER BY device_id) FROM energy_devices"), "the series tables count what is left");
        assertEquals(1, SqliteFiles.longValue(store, "SELECT reading_count FROM weather_series"));
        assertWithin(CUTOFF, SqliteFiles.longValue(store, "SELECT retained_since FROM retention_marks WHERE series = 'energy_timeseries'"),
                120);
    }

    private static void assertWithin(long expected, long actual, long tolerance) {
        assertTrue(Math.abs(expected - actual) <= tolerance, expected + " ~ " + actual);
    }

    private long partitions() {
        return SqliteFiles.longValue(store, "SELECT COUNT(*) FROM pg_inherits");
    }

    private static String day(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString().substring(0, 10).replace("-", "");
    }

    private JobExecution retention(String... more) {
        List<String> parameters = new ArrayList<>(List.of("timeseriesDb", PostgresTimeseries.jobParameter(store)));
        parameters.addAll(List.of(more));
        return BatchJobs.run("retention", BatchJobs.parameters(parameters.toArray(String[]::new)));
    }

    private static List<EnergyReading> every(String device, long first, long step, int count) {
        List<EnergyReading> readings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readings.add(new EnergyReading(device, first + i * step, 100.0, null, null, null, null, true));
        }
        return readings;
    }
}
