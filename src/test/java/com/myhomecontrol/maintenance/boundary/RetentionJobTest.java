package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.entity.Progress;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.json.JsonObject;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionJobTest {

    private static final long DAY = 86_400;
    private static final long NOW = Instant.now().getEpochSecond();

    @TempDir
    Path directory;

    private static DataSource media;
    private static String mediaUrl;

    private DataSource store;

    @BeforeAll
    static void createMediaDatabase() {
        TestPostgres.Server server = TestPostgres.shared();
        String database = server.createDatabase("retention_job");
        media = server.dataSource(database);
        mediaUrl = server.url(database) + "?user=" + server.user();
        SchemaMigrations.migrate(media, SchemaMigrations.MEDIA);
    }

    @BeforeEach
    void fillStores() {
        store = SqliteFiles.migrated(directory);
        energy("aircon", NOW - 40 * DAY, 1_000);
        energy("aircon", NOW - DAY, 100);
        energy("fridge", NOW - 45 * DAY, 300);
        weather("station", "NAMain", NOW - 35 * DAY, 200);
        weather("station", "NAModule1", NOW - DAY, 50);
        execute(store, "INSERT INTO energy_5m (device_id, bucket_start, reading_count, power_count, power_sum, energy_kwh,"
                + " first_timestamp, last_timestamp) VALUES ('aircon', " + (NOW - 400 * DAY) + ", 1, 1, 1, 0, 0, 0),"
                + " ('aircon', " + (NOW - 10 * DAY) + ", 1, 1, 1, 0, 0, 0)");
        execute(store, "INSERT INTO weather_5m VALUES ('station', 'NAMain', 'temperature_c', " + (NOW - 500 * DAY) + ", 1, 20, 20, 20),"
                + " ('station', 'NAMain', 'temperature_c', " + (NOW - 300 * DAY) + ", 1, 20, 20, 20)");
        execute(store, "INSERT INTO energy_hourly (device_id, hour_start, reading_count, power_count, power_sum, energy_kwh,"
                + " first_timestamp, last_timestamp) VALUES ('aircon', " + (NOW - 900 * DAY) + ", 1, 1, 1, 0, 0, 0)");
        execute(store, "INSERT INTO weather_hourly VALUES ('station', 'NAMain', 'temperature_c', " + (NOW - 900 * DAY) + ", 1, 20, 20, 20)");
        rolledUpTo(NOW);

        execute(media, "TRUNCATE recordings, snapshots, ai_analysis, camera_media_totals");
        recording("old-1", NOW - 40 * DAY, 1_000, false);
        recording("old-2", NOW - 39 * DAY, 1_000, false);
        recording("old-emergency", NOW - 60 * DAY, 5_000, true);
        recording("young-1", NOW - 5 * DAY, 2_000, false);
        recording("young-2", NOW - 4 * DAY, 2_000, false);
        recording("young-emergency", NOW - 3 * DAY, 2_000, true);
        snapshot("snap-old", NOW - 100 * DAY, 300);
        snapshot("snap-young", NOW - 10 * DAY, 300);
        analysis("recording", "old-1", NOW - 40 * DAY);
        analysis("recording", "young-1", NOW - 400 * DAY);
        analysis("recording", "young-1", NOW - DAY);
        analysis("snapshot", "snap-young", NOW - DAY);
    }

    @Test
    void theDryRunReportsPerKindWhatTheRealRunThenDeletesAndChangesNothing() {
        long readings = SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries");

        JsonObject dryRun = completed(retention("dryRun", "true"));

        assertEquals(readings, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"), "nothing deleted");
        assertEquals(6, SqliteFiles.longValue(media, "SELECT COUNT(*) FROM recordings"), "nothing deleted");
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM retention_marks"));
        JsonObject real = completed(retention());
        assertEquals(dryRun.getJsonObject("would_delete"), real.getJsonObject("deleted"));
        assertEquals(JSON.createReader(new StringReader("""
                {"ai_analysis":2,"energy_5m":1,"energy_timeseries":1300,"recordings":{"rows":2,"bytes":2000},
                 "snapshots":{"rows":1,"bytes":300},"weather_5m":1,"weather_timeseries":200}""")).readObject(), real.getJsonObject("deleted"));
        assertTrue(!real.getBoolean("vacuumed") && !real.containsKey("media") && !real.containsKey("held_back_by_rollup"),
                real.toString());
    }

    @Test
    void youngRowsHourlyStatisticsAndEmergencyRecordingsStayAndTheSeriesTablesStayTrue() {
        completed(retention("vacuum", "true"));

        assertEquals(100, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
        assertEquals(NOW - DAY, SqliteFiles.longValue(store, "SELECT MIN(timestamp) FROM energy_timeseries"));
        assertEquals(50, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM weather_timeseries"));
        assertEquals(1, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_5m"));
        assertEquals(1, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM weather_5m"));
        assertEquals(1, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_hourly"));
        assertEquals(1, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM weather_hourly"));
        assertEquals("aircon 100 " + (NOW - DAY) + ",fridge 0 " + (NOW - 45 * DAY + 2990), SqliteFiles.text(store,
                "SELECT GROUP_CONCAT(device_id || ' ' || reading_count || ' ' || first_timestamp) FROM energy_devices ORDER BY device_id"));
        assertEquals("NAMain 0,NAModule1 50", SqliteFiles.text(store,
                "SELECT GROUP_CONCAT(module_type || ' ' || reading_count) FROM weather_series ORDER BY module_type"));
        assertEquals(4, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM retention_marks"));
        long rawSince = SqliteFiles.longValue(store, "SELECT retained_since FROM retention_marks WHERE series = 'energy_timeseries'");
        assertTrue(Math.abs(rawSince - (NOW - 30 * DAY)) < 120, "retained since 30 days ago: " + rawSince);
        assertEquals("old-emergency,young-1,young-2,young-emergency",
                SqliteFiles.text(media, "SELECT string_agg(recording_id, ',' ORDER BY recording_id) FROM recordings"));
        assertEquals("snap-young", SqliteFiles.text(media, "SELECT string_agg(snapshot_id, ',') FROM snapshots"));
        assertEquals(2, SqliteFiles.longValue(media, "SELECT COUNT(*) FROM ai_analysis"));
        assertEquals(11_300, SqliteFiles.longValue(media, "SELECT SUM(size_bytes) FROM camera_media_totals"));
        assertEquals(0, SqliteFiles.longValue(store, "PRAGMA freelist_count"), "vacuumed");
    }

    @Test
    void theSizeCapDeletesTheOldestNonEmergencyMediaUntilTheRecordedSizesFitAndTheDryRunAgrees() {
        // After the ages: 5,000 + 3 x 2,000 in recordings, 300 in snapshots; 9,000 bytes is 2,300 too many.
        JsonObject dryRun = completed(retention("maxMediaGb", "0.000009", "dryRun", "true"));
        JsonObject real = completed(retention("maxMediaGb", "0.000009"));

        assertEquals(dryRun.getJsonObject("would_delete"), real.getJsonObject("deleted"));
        assertTrue(SqliteFiles.longValue(media, "SELECT SUM(size_bytes) FROM camera_media_totals") <= 9_000);
        assertEquals("old-emergency,young-2,young-emergency",
                SqliteFiles.text(media, "SELECT string_agg(recording_id, ',' ORDER BY recording_id) FROM recordings"));
        assertEquals(0, SqliteFiles.longValue(media, "SELECT COUNT(*) FROM snapshots"));
        assertEquals("{\"rows\":1,\"bytes\":2000}", real.getJsonObject("deleted").get("recordings_over_cap").toString());
        assertEquals("{\"rows\":1,\"bytes\":300}", real.getJsonObject("deleted").get("snapshots_over_cap").toString());
    }

    @Test
    void filesGoOnlyWhenAskedAndOnlyUnderTheMediaRoots() throws Exception {
        Path roots = Files.createDirectories(directory.resolve("media"));
        Path inside = Files.writeString(roots.resolve("old-1.mp4"), "video");
        Path outside = Files.writeString(directory.resolve("old-2.mp4"), "video");
        execute(media, "UPDATE recordings SET file_path = '" + inside + "' WHERE recording_id = 'old-1'");
        execute(media, "UPDATE recordings SET file_path = '" + outside + "' WHERE recording_id = 'old-2'");

        JsonObject dryRun = completed(retention("deleteFiles", "true", "mediaRoots", roots.toString(), "dryRun", "true"));
        assertTrue(Files.exists(inside));
        JsonObject real = completed(retention("deleteFiles", "true", "mediaRoots", roots.toString()));

        assertEquals(dryRun.getJsonObject("would_delete"), real.getJsonObject("deleted"));
        assertFalse(Files.exists(inside));
        assertTrue(Files.exists(outside));
        assertEquals("{\"rows\":1,\"bytes\":5}", real.getJsonObject("deleted").get("files").toString());
        assertEquals(2, real.getJsonObject("deleted").getInt("files_outside_media_roots"),
                "old-2 and snap-old (media/snap-old.jpg, relative to the working folder)");
    }

    /** The rollup moves its mark when it queues hours: an hour still queued needs its raw readings. */
    @Test
    void rawReadingsOfHoursTheRollupHasQueuedButNotComputedStay() {
        long queuedHour = (NOW - 42 * DAY) / 3600 * 3600;
        execute(store, "INSERT INTO energy_rollup_pending VALUES (" + queuedHour + ", 'fridge')");

        JsonObject real = completed(retention());

        assertEquals(300, real.getJsonObject("deleted").getInt("energy_timeseries"), "only fridge's, older than the queued hour");
        assertEquals("kept from " + queuedHour, real.getJsonObject("held_back_by_rollup").getString("energy_timeseries"));
    }

    @Test
    void rawReadingsTheRollupHasNotSummedUpStay() {
        rolledUpTo(NOW - 42 * DAY);
        execute(store, "DELETE FROM rollup_marks WHERE statistics = 'weather_hourly'");

        JsonObject real = completed(retention());

        assertEquals(300, real.getJsonObject("deleted").getInt("energy_timeseries"), "only fridge's");
        assertEquals("kept from " + (NOW - 42 * DAY), real.getJsonObject("held_back_by_rollup").getString("energy_timeseries"));
        assertEquals(NOW - 42 * DAY, SqliteFiles.longValue(store,
                "SELECT retained_since FROM retention_marks WHERE series = 'energy_timeseries'"));
        assertEquals("not rolled up yet", real.getJsonObject("held_back_by_rollup").getString("weather_timeseries"));
        assertEquals(250, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM weather_timeseries"));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM retention_marks WHERE series = 'weather_timeseries'"));
    }

    @Test
    void withoutPostgresTheTimeseriesStoreIsKeptAndTheStatusSaysMediaWasSkipped() {
        JsonObject real = completed(BatchJobs.run("retention", BatchJobs.parameters("timeseriesDb", storeFile().toString())));

        assertEquals(1300, real.getJsonObject("deleted").getInt("energy_timeseries"));
        assertTrue(real.getString("media").contains("journal mode"), real.toString());
    }

    @Test
    void aRestartAfterAFailureGoesOnFromTheLastCheckpointAndReportsTheWholeRun() {
        execute(store, "CREATE TRIGGER fridge_fails BEFORE DELETE ON energy_timeseries WHEN OLD.device_id = 'fridge'"
                + " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");

        JobExecution failed = retention("chunkRows", "100");

        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertTrue(failed.getExitStatus().contains("the disk is full"), failed.getExitStatus());
        assertEquals(400, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"), "aircon's old readings went");
        execute(store, "DROP TRIGGER fridge_fails");
        // Readings behind the checkpoint: a run started from the beginning would delete them.
        energy("aircon", NOW - 50 * DAY, 5);

        JsonObject restarted = completed(BatchJobs.restart(failed, failed.getJobParameters()));

        assertEquals(1300, restarted.getJsonObject("deleted").getInt("energy_timeseries"));
        assertEquals(105, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
        assertEquals(2, restarted.getJsonObject("deleted").getJsonObject("recordings").getInt("rows"));
    }

    @Test
    void noWriteWaitsMoreThan200msWhileRetentionDeletes300kReadings() throws Exception {
        energy("heater", NOW - 100 * DAY, 300_000);
        TimeseriesWriter writer = SqliteFiles.writer(store);
        long longestNanos = 0;
        int writes = 0;
        Progress seen = null;
        try (writer) {
            long execution = BatchRuntime.getJobOperator().start("retention", BatchJobs.parameters(
                    "timeseriesDb", storeFile().toString()));
            for (int second = 0; BatchRuntime.getJobOperator().getJobExecution(execution).getEndTime() == null; second += 10) {
                long started = System.nanoTime();
                SqliteFiles.writeReadings(writer, "tv", (int) NOW + second, 10);
                longestNanos = Math.max(longestNanos, System.nanoTime() - started);
                writes++;
                seen = JobProgress.of(execution).orElse(seen);
            }
            ((JobExecutionImpl) BatchRuntime.getJobOperator().getJobExecution(execution)).awaitTermination(60, TimeUnit.SECONDS);
            JsonObject report = completed(BatchRuntime.getJobOperator().getJobExecution(execution));
            assertEquals(301_300, report.getJsonObject("deleted").getInt("energy_timeseries"));
            assertEquals(Optional.empty(), JobProgress.of(execution), "the progress of a job that ended is gone");
        }

        assertTrue(writes > 20, writes + " writes during the run");
        assertTrue(seen != null && seen.planned() == 301_502 && seen.done() <= seen.planned(), "progress while it ran: " + seen);
        assertTrue(longestNanos < Duration.ofMillis(200).toNanos(), "longest write " + longestNanos / 1_000_000 + " ms");
    }

    @Test
    void postgresAwayCostsNotTheTimeseriesPartAndARestartThenDoesTheMedia() {
        JobExecution failed = retention("postgresUrl", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");

        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertTrue(failed.getExitStatus().contains("ai_analysis"), failed.getExitStatus());
        assertEquals(100, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"), "the old readings went");

        JsonObject restarted = completed(BatchJobs.restart(failed, BatchJobs.parameters("timeseriesDb", storeFile().toString(),
                "postgresUrl", mediaUrl)));

        assertEquals(1300, restarted.getJsonObject("deleted").getInt("energy_timeseries"));
        assertEquals(2, restarted.getJsonObject("deleted").getJsonObject("recordings").getInt("rows"));
    }

    @ParameterizedTest
    @CsvSource({"rawDays,0", "maxMediaGb,lots", "dryRun,yes"})
    void aBadParameterFailsTheJobNamingItAndDeletesNothing(String name, String value) {
        JobExecution execution = retention(name, value);

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains(name) && execution.getExitStatus().contains(value), execution.getExitStatus());
        assertEquals(1400, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
        assertEquals(6, SqliteFiles.longValue(media, "SELECT COUNT(*) FROM recordings"));
    }

    @Test
    void aMisspeltParameterFailsTheJobNamingIt() {
        JobExecution execution = retention("rawdays", "10");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("[rawdays]"), execution.getExitStatus());
    }

    private JobExecution retention(String... more) {
        List<String> parameters = new ArrayList<>(List.of("timeseriesDb", storeFile().toString(), "postgresUrl", mediaUrl,
                "mediaRoots", directory.resolve("media").toString()));
        for (int i = 0; i < more.length; i += 2) {
            int existing = parameters.indexOf(more[i]);
            if (existing >= 0) {
                parameters.set(existing + 1, more[i + 1]);
            } else {
                parameters.addAll(List.of(more[i], more[i + 1]));
            }
        }
        return BatchJobs.run("retention", BatchJobs.parameters(parameters.toArray(String[]::new)));
    }

    static JsonObject completed(JobExecution execution) {
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        return JSON.createReader(new StringReader(execution.getExitStatus())).readObject();
    }

    private Path storeFile() {
        return directory.resolve("timeseries.db");
    }

    private void rolledUpTo(long time) {
        execute(store, "INSERT OR REPLACE INTO rollup_marks VALUES ('energy_5m', " + time + "), ('weather_5m', " + time + "),"
                + " ('weather_hourly', " + time + ")");
    }

    /** Readings every 10 s, and the device's row as the energy store keeps it. */
    private void energy(String device, long first, int count) {
        try (Connection connection = store.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO energy_timeseries (device_id, timestamp, power_w) VALUES (?, ?, 1)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, device);
                insert.setLong(2, first + i * 10L);
                insert.addBatch();
            }
            insert.executeBatch();
            try (PreparedStatement devices = connection.prepareStatement("""
                    INSERT INTO energy_devices VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET
                    first_timestamp = MIN(first_timestamp, excluded.first_timestamp),
                    last_timestamp = MAX(last_timestamp, excluded.last_timestamp), reading_count = reading_count + excluded.reading_count
                    """)) {
                devices.setString(1, device);
                devices.setLong(2, first);
                devices.setLong(3, first + (count - 1) * 10L);
                devices.setLong(4, count);
                devices.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Readings every 5 minutes; the trigger of weather_series counts them. */
    private void weather(String station, String module, long first, int count) {
        try (Connection connection = store.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO weather_timeseries (station_id, module_type, timestamp, temperature_c) VALUES (?, ?, ?, 20)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, station);
                insert.setString(2, module);
                insert.setLong(3, first + i * 300L);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void recording(String id, long time, long bytes, boolean emergency) {
        execute(media, "INSERT INTO recordings (recording_id, camera_id, file_path, file_size_bytes, recording_type, timestamp,"
                + " is_emergency) VALUES ('" + id + "', 'door', 'media/" + id + ".mp4', " + bytes + ", 'motion', " + at(time) + ", "
                + emergency + ")");
    }

    private void snapshot(String id, long time, long bytes) {
        execute(media, "INSERT INTO snapshots (snapshot_id, camera_id, file_path, file_size_bytes, timestamp) VALUES ('"
                + id + "', 'door', 'media/" + id + ".jpg', " + bytes + ", " + at(time) + ")");
    }

    private void analysis(String type, String mediaId, long time) {
        execute(media, "INSERT INTO ai_analysis (analysis_id, media_id, media_type, analysis_type, confidence, detected_at)"
                + " VALUES ('" + UUID.randomUUID() + "', '" + mediaId + "', '" + type + "', 'person', 0.9, " + at(time) + ")");
    }

    private static String at(long epochSecond) {
        return "'" + Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC) + "'";
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("Statement failed: " + sql, e);
        }
    }
}
