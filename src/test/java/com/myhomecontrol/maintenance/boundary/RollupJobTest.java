package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.TestClock;
import com.myhomecontrol.maintenance.entity.RollupCounts;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.weather.control.WeatherHistoryQuery;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherBucket;
import com.myhomecontrol.weather.entity.WeatherReading;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric.MetricType;
import jakarta.batch.runtime.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupJobTest {

    static final long START = Instant.parse("2026-11-30T21:00:00Z").getEpochSecond();
    private static final long MIDNIGHT = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
    /** The plug "aircon" restarts here: its daily counter falls to 0 in the middle of the day. */
    private static final long REBOOT = Instant.parse("2026-12-01T01:32:10Z").getEpochSecond();
    private static final long END = Instant.parse("2026-12-01T03:01:50Z").getEpochSecond();
    /** The clock of the job: the bucket of 03:00 is still open, so the last closed ends at 03:00. */
    private static final Instant NOW = Instant.parse("2026-12-01T03:02:00Z");
    private static final long CLOSED = Instant.parse("2026-12-01T03:00:00Z").getEpochSecond();
    private static final List<String> METRICS = List.of("temperature_c", "humidity_percent", "co2_ppm", "pressure_mbar", "noise_db");
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path directory;

    private DataSource store;
    private TimeseriesWriter writer;

    @BeforeEach
    void openStore() {
        store = migratedStore();
        writer = SqliteFiles.writer(store);
        TestClock.set(NOW);
    }

    /** The store the jobs run on: SQLite here, PostgreSQL in {@link RollupJobPostgresTest}. */
    DataSource migratedStore() {
        return SqliteFiles.migrated(directory);
    }

    /** Makes the rollup of the outdoor module's weather hour fail, with "this chunk fails once". */
    void failOnce(long hour) throws SQLException {
        execute("CREATE TRIGGER fail_once BEFORE INSERT ON weather_hourly WHEN NEW.module_type = 'outdoor' AND NEW.hour_start = "
                + hour + " BEGIN SELECT RAISE(ABORT, 'this chunk fails once'); END");
    }

    String stopFailing() {
        return "DROP TRIGGER fail_once";
    }

    /** The job parameter timeseriesDb that names it. */
    String storeParameter() {
        return directory.resolve("timeseries.db").toString();
    }

    @AfterEach
    void closeStore() {
        writer.close();
    }

    @Test
    void theStatisticsEqualABruteForceAggregateOfTheRawRows() {
        storeReadings(START, END);

        JobExecution execution = rollup();

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertTrue(execution.getExitStatus().contains("energy 18, weather 12"), execution.getExitStatus());
        assertMatchesBruteForce();
        assertEquals(CLOSED, SqliteFiles.longValue(store, "SELECT rolled_up_to FROM rollup_marks WHERE statistics = 'energy_5m'"));
        assertEquals(0, pending());
    }

    @Test
    void counterResetsGiveNoNegativeEnergy() {
        storeReadings(START, END);

        rollup();

        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_5m WHERE energy_kwh < 0"));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_hourly WHERE energy_kwh < 0"));
        // Within the bucket of the reboot the counter restarts from 0: what it counts again is what was consumed.
        long bucket = REBOOT / 300 * 300;
        double afterReboot = SqliteFiles.doubles(store, "SELECT MAX(daily_energy_kwh) FROM energy_timeseries WHERE device_id = 'aircon'"
                + " AND timestamp >= " + REBOOT + " AND timestamp < " + (bucket + 300)).get(0);
        double beforeReboot = SqliteFiles.doubles(store, "SELECT MAX(daily_energy_kwh) - MIN(daily_energy_kwh) FROM energy_timeseries"
                + " WHERE device_id = 'aircon' AND timestamp >= " + bucket + " AND timestamp < " + REBOOT).get(0);
        assertEquals(beforeReboot + afterReboot, SqliteFiles.doubles(store,
                "SELECT energy_kwh FROM energy_5m WHERE device_id = 'aircon' AND bucket_start = " + bucket).get(0), TOLERANCE);
    }

    @Test
    void aSecondRunChangesNothing() {
        storeReadings(START, END);
        rollup();
        List<List<Object>> first = statistics();

        JobExecution second = rollup();
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertEquals(first, statistics());

        JobExecution rebuild = rollup("rebuild", "true");

        assertTrue(rebuild.getExitStatus().contains("energy 18, weather 12"), rebuild.getExitStatus());
        assertEquals(first, statistics(), "replaced by the same numbers, energy_hourly too, not added to");
    }

    @Test
    void periodsMissedWhileTheServerWasDownAreCaughtUp() {
        long down = Instant.parse("2026-11-30T23:00:00Z").getEpochSecond();
        storeReadings(START, down);
        TestClock.set(Instant.ofEpochSecond(down + 90));
        rollup();
        assertEquals(down, SqliteFiles.longValue(store, "SELECT MAX(bucket_start) + 300 FROM energy_5m"));

        storeReadings(down, END);
        TestClock.set(NOW);
        rollup();

        assertMatchesBruteForce();
    }

    @Test
    void aLateReadingInABucketAlreadyRolledUpIsRolledUpAgain() {
        storeReadings(START, END);
        rollup();
        long late = Instant.parse("2026-11-30T22:02:05Z").getEpochSecond();

        store(List.of(new EnergyReading("fridge", late, 900.0, null, null, null, null, true)),
                List.of(new WeatherReading("home", "outdoor", late, 40.0, null, null, null, null)));

        assertEquals(2, pending());
        rollup();
        assertEquals(0, pending());
        assertMatchesBruteForce();
    }

    @Test
    void aFailedJobRestartsFromItsCheckpoint() throws SQLException {
        storeReadings(START, END);
        long lastHour = CLOSED - 3600;
        // 18 energy hours and then 12 weather hours, 10 a chunk: the third chunk fails on the last one.
        failOnce(lastHour);

        JobExecution failed = rollup();

        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertTrue(failed.getExitStatus().contains("this chunk fails once"), failed.getExitStatus());
        assertEquals(10, pending(), "the failed chunk leaves its 10 items, the two before are written");
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM weather_5m WHERE module_type = 'outdoor' AND bucket_start >= "
                + (CLOSED - 7200)));
        execute(stopFailing());

        JobExecution restarted = BatchJobs.restart(failed, parameters());

        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        assertEquals(10, readCount(restarted), "only what the checkpoint left is read again");
        assertMatchesBruteForce();
    }

    @Test
    void aBadParameterFailsTheJobAtOnceNamingItAndChangesNothing() {
        storeReadings(START, END);

        JobExecution execution = rollup("from", "yesterday");
        JobExecution both = rollup("rebuild", "true", "from", "2026-11-30T00:00:00Z");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("Job parameter from"), execution.getExitStatus());
        assertEquals(BatchStatus.FAILED, both.getBatchStatus());
        assertTrue(both.getExitStatus().contains("rebuild=true"), both.getExitStatus());
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM rollup_marks"));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_5m"));
    }

    @Test
    void aRebuildReplacesStatisticsThatNoLongerMatchTheRawRows() throws SQLException {
        storeReadings(START, END);
        rollup();
        execute("UPDATE energy_5m SET energy_kwh = 99 WHERE device_id = 'tv'");
        execute("UPDATE energy_hourly SET energy_kwh = 99 WHERE device_id = 'tv'");
        execute("DELETE FROM weather_hourly WHERE module_type = 'indoor'");

        assertEquals(BatchStatus.COMPLETED, rollup("rebuild", "true").getBatchStatus());

        assertMatchesBruteForce();
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_hourly WHERE energy_kwh = 99"));
    }

    @Test
    void aRebuildOfAPeriodLeavesTheRestAlone() throws SQLException {
        storeReadings(START, END);
        rollup();
        execute("UPDATE energy_5m SET energy_kwh = 99 WHERE device_id = 'tv'");

        rollup("from", "2026-12-01T00:00:00Z", "to", "2026-12-01T01:00:00Z");

        String tv = "SELECT COUNT(*) FROM energy_5m WHERE device_id = 'tv' AND energy_kwh = 99 AND bucket_start ";
        String hour = "BETWEEN " + MIDNIGHT + " AND " + (MIDNIGHT + 3599);
        assertEquals(0, SqliteFiles.longValue(store, tv + hour));
        assertEquals(SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_5m WHERE device_id = 'tv' AND bucket_start NOT " + hour),
                SqliteFiles.longValue(store, tv + "NOT " + hour));
    }

    @Test
    void historyOlderThanRawRetentionAnswersFromTheStatisticsWithTheSameNumbers() throws SQLException {
        storeReadings(START, END);
        rollup();
        EnergyHistoryQuery energy = new EnergyHistoryQuery(store);
        WeatherHistoryQuery weather = new WeatherHistoryQuery(store);
        TimeRange all = new TimeRange(Instant.ofEpochSecond(START), Instant.ofEpochSecond(CLOSED + 300));
        TimeRange days = all.alignedTo(Bucket.DAY);
        List<EnergyBucket> energyFromRaw = energy.buckets("aircon", all, Bucket.FIVE_MINUTES);
        List<WeatherBucket> fiveMinutesFromRaw = weather.buckets("home", "indoor", Metric.TEMPERATURE, all, Bucket.FIVE_MINUTES);
        List<WeatherBucket> hoursFromRaw = weather.buckets("home", "indoor", Metric.TEMPERATURE, all, Bucket.HOUR);
        List<WeatherBucket> daysFromRaw = weather.buckets("home", "outdoor", Metric.HUMIDITY, days, Bucket.DAY);

        long retainedSince = MIDNIGHT + 3600 + 17;
        execute("DELETE FROM energy_timeseries WHERE timestamp < " + retainedSince);
        execute("DELETE FROM weather_timeseries WHERE timestamp < " + retainedSince);
        execute("INSERT INTO retention_marks VALUES ('energy_timeseries', " + retainedSince + "), ('weather_timeseries', " + retainedSince + ")");

        assertEquals(energyFromRaw, energy.buckets("aircon", all, Bucket.FIVE_MINUTES));
        assertEquals(fiveMinutesFromRaw, weather.buckets("home", "indoor", Metric.TEMPERATURE, all, Bucket.FIVE_MINUTES));
        assertEquals(hoursFromRaw, weather.buckets("home", "indoor", Metric.TEMPERATURE, all, Bucket.HOUR));
        assertEquals(daysFromRaw, weather.buckets("home", "outdoor", Metric.HUMIDITY, days, Bucket.DAY));
        assertFalse(energyFromRaw.isEmpty());
        TimeRange removed = new TimeRange(Instant.ofEpochSecond(START), Instant.ofEpochSecond(MIDNIGHT));
        assertEquals(List.of(), energy.raw("aircon", removed, 100));
        assertEquals(List.of(), weather.raw("home", "indoor", Metric.TEMPERATURE, removed, 100));
        assertEquals(Optional.of(Instant.ofEpochSecond(retainedSince)), energy.rawRetainedSince());
        assertEquals(Optional.of(Instant.ofEpochSecond(retainedSince)), weather.rawRetainedSince());
    }

    @Test
    void hoursWhoseRawReadingsRetentionReachedAreNeverRebuilt() throws SQLException {
        storeReadings(START, END);
        rollup();
        List<List<Object>> before = statistics();
        execute("DELETE FROM energy_timeseries WHERE timestamp < " + MIDNIGHT);
        execute("DELETE FROM weather_timeseries WHERE timestamp < " + MIDNIGHT);
        execute("INSERT INTO retention_marks VALUES ('energy_timeseries', " + MIDNIGHT + "), ('weather_timeseries', " + MIDNIGHT + ")");

        assertEquals(BatchStatus.COMPLETED, rollup("rebuild", "true").getBatchStatus());

        assertEquals(before, statistics());
    }

    @Test
    void everyTransactionOfTheJobIsShortWhileTheServerWritesOn() throws Exception {
        List<EnergyReading> many = new ArrayList<>();
        for (int device = 0; device < 40; device++) {
            for (long t = START; t < END; t += 10) {
                many.add(new EnergyReading("plug-" + device, t, 100.0 + t % 17, null, null, (t - START) * 0.0001, null, true));
            }
        }
        new EnergyReadingStore(writer).store(many);
        if (store instanceof SQLiteDataSource sqlite) {
            sqlite.setBusyTimeout(10_000);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Long> ingest = CompletableFuture.supplyAsync(() -> {
            long t = END;
            while (running.get()) {
                new EnergyReadingStore(writer).store(List.of(new EnergyReading("live", t++, 50.0, null, null, null, null, true)));
            }
            return t - END;
        });

        JobExecution execution = rollup();
        running.set(false);

        assertTrue(ingest.get(30, TimeUnit.SECONDS) > 0, "the server's writer went on");
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        RollupCounts counts = (RollupCounts) rollupStep(execution).getPersistentUserData();
        assertEquals(240, counts.rolledUp().get("energy"));
        assertTrue(counts.longestTransactionMillis() < 200, execution.getExitStatus());
    }

    /** Three plugs every 10 s (aircon: a counter with the midnight reset and a reboot; fridge: power only; tv: counter every 37 s) and two weather modules every 5 minutes. */
    private void storeReadings(long from, long to) {
        List<EnergyReading> energy = new ArrayList<>();
        List<WeatherReading> weather = new ArrayList<>();
        for (long t = from; t < to; t += 10) {
            double watts = 800 + 400 * Math.sin(t / 600.0);
            double sinceMidnight = t >= MIDNIGHT ? t - MIDNIGHT : t - (MIDNIGHT - 86_400);
            double aircon = t >= REBOOT ? (t - REBOOT) * 0.0003 : sinceMidnight * 0.00025;
            energy.add(new EnergyReading("aircon", t, watts, 230.0, null, aircon, null, true));
            // The fridge is off the network for 20 minutes after midnight: no integration across it.
            if (t < MIDNIGHT || t >= MIDNIGHT + 1200) {
                energy.add(new EnergyReading("fridge", t, t % 70 == 0 ? null : 90.0 + t % 7, null, null, null, null, true));
            }
            if ((t - from) % 370 == 0) {
                energy.add(new EnergyReading("tv", t + 3, 60.0, null, null, sinceMidnight * 0.00001, null, true));
            }
            if ((t - from) % 300 == 0) {
                weather.add(new WeatherReading("home", "indoor", t + 17, 20 + Math.sin(t / 3000.0), 40.0 + t % 11, t % 900 == 0 ? null : 500.0 + t % 13, 1013.0, 40.0));
                weather.add(new WeatherReading("home", "outdoor", t + 29, -3 + Math.cos(t / 5000.0), 80.0 + t % 5, null, null, null));
            }
        }
        store(energy, weather);
    }

    private void store(List<EnergyReading> energy, List<WeatherReading> weather) {
        new EnergyReadingStore(writer).store(energy);
        new WeatherReadingStore(writer).store(weather);
    }

    private void assertMatchesBruteForce() {
        assertRows(bruteForceEnergy(300, CLOSED), rows("SELECT device_id, bucket_start, reading_count, power_count, power_sum, power_min,"
                + " power_max, energy_kwh, first_timestamp, last_timestamp FROM energy_5m ORDER BY device_id, bucket_start"));
        assertRows(bruteForceEnergy(3600, Long.MAX_VALUE), rows("SELECT device_id, hour_start, reading_count, power_count, power_sum,"
                + " power_min, power_max, energy_kwh, first_timestamp, last_timestamp FROM energy_hourly ORDER BY device_id, hour_start"));
        assertRows(bruteForceWeather(300), rows("SELECT station_id, module_type, metric, bucket_start, value_count, value_sum,"
                + " value_min, value_max FROM weather_5m ORDER BY station_id, module_type, metric, bucket_start"));
        assertRows(bruteForceWeather(3600), rows("SELECT station_id, module_type, metric, hour_start, value_count, value_sum,"
                + " value_min, value_max FROM weather_hourly ORDER BY station_id, module_type, metric, hour_start"));
    }

    /**
     * Energy per device and period, independently of the code under test: the rise of the daily
     * counter between consecutive readings of the period (a fall is a reset, the new value all of
     * it), else the trapezoid of power up to 15 minutes, nothing across more than an hour.
     */
    private List<List<Object>> bruteForceEnergy(long seconds, long closedUntil) {
        return rows("""
                WITH r AS (
                    SELECT device_id, timestamp AS ts, power_w AS p, daily_energy_kwh AS d, timestamp / %1$d * %1$d AS b,
                           LAG(timestamp) OVER w AS pts, LAG(power_w) OVER w AS pp, LAG(daily_energy_kwh) OVER w AS pd
                    FROM energy_timeseries
                    WINDOW w AS (PARTITION BY device_id, timestamp / %1$d ORDER BY timestamp))
                SELECT device_id, b, COUNT(*), COUNT(p), COALESCE(SUM(p), 0), MIN(p), MAX(p),
                       COALESCE(SUM(CASE WHEN pts IS NULL OR ts - pts > 3600 THEN 0
                                  WHEN d IS NOT NULL AND pd IS NOT NULL THEN (CASE WHEN d >= pd THEN d - pd ELSE d END)
                                  WHEN p IS NOT NULL AND pp IS NOT NULL AND ts - pts <= 900 THEN (p + pp) * (ts - pts) / 7200000.0
                                  ELSE 0 END), 0),
                       MIN(ts), MAX(ts)
                FROM r WHERE b + %1$d <= %2$d GROUP BY device_id, b ORDER BY device_id, b
                """.formatted(seconds, closedUntil));
    }

    /** The closed periods only: an hour still open has no hourly row yet. */
    private List<List<Object>> bruteForceWeather(long seconds) {
        String perMetric = String.join(" UNION ALL ", METRICS.stream().map(column -> """
                SELECT station_id, module_type, '%2$s' AS metric, timestamp / %1$d * %1$d AS b, COUNT(%2$s), COALESCE(SUM(%2$s), 0), MIN(%2$s), MAX(%2$s)
                FROM weather_timeseries WHERE %2$s IS NOT NULL AND timestamp / %1$d * %1$d + %1$d <= %3$d GROUP BY station_id, module_type, b
                """.formatted(seconds, column, CLOSED)).toList());
        return rows("SELECT * FROM (" + perMetric + ") AS metrics ORDER BY station_id, module_type, metric, b");
    }

    private static void assertRows(List<List<Object>> expected, List<List<Object>> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        assertFalse(expected.isEmpty());
        for (int row = 0; row < expected.size(); row++) {
            for (int column = 0; column < expected.get(row).size(); column++) {
                Object want = expected.get(row).get(column);
                Object got = actual.get(row).get(column);
                String where = "row " + row + " " + expected.get(row) + " column " + column;
                if (want instanceof Number number && got instanceof Number other) {
                    assertEquals(number.doubleValue(), other.doubleValue(), TOLERANCE, where);
                } else {
                    assertEquals(want, got, where);
                }
            }
        }
    }

    private List<List<Object>> statistics() {
        List<List<Object>> all = new ArrayList<>();
        for (String table : List.of("energy_5m", "energy_hourly", "weather_5m", "weather_hourly", "rollup_marks",
                "energy_rollup_pending", "weather_rollup_pending")) {
            all.add(List.of(table));
            all.addAll(rows("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return all;
    }

    private List<List<Object>> rows(String sql) {
        try (Connection connection = store.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = rows.getObject(column + 1);
                }
                result.add(Arrays.asList(row));
            }
            return result;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    private long pending() {
        return SqliteFiles.longValue(store, "SELECT (SELECT COUNT(*) FROM energy_rollup_pending) + (SELECT COUNT(*) FROM weather_rollup_pending)");
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long readCount(JobExecution execution) {
        return Arrays.stream(rollupStep(execution).getMetrics()).filter(metric -> metric.getType() == MetricType.READ_COUNT)
                .mapToLong(jakarta.batch.runtime.Metric::getValue).sum();
    }

    private static StepExecution rollupStep(JobExecution execution) {
        return BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId()).stream()
                .filter(step -> step.getStepName().equals("rollup")).findFirst().orElseThrow();
    }

    private JobExecution rollup(String... parameters) {
        Properties all = parameters();
        all.putAll(BatchJobs.parameters(parameters));
        return BatchJobs.run("rollup", all);
    }

    private Properties parameters() {
        return BatchJobs.parameters("timeseriesDb", storeParameter());
    }
}
