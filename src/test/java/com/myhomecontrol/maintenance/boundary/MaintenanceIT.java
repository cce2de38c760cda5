package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyBatchApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.Metrics;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs API and Liberty's batch REST API against the started server, which keeps its job repository in PostgreSQL. */
class MaintenanceIT {

    @Test
    void everyUserSeesTheJobsWithTheirSchedulesAndNextRun() {
        HttpResponse<String> response = Api.get("/api/maintenance/jobs", VIEWER);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject backup = Api.parse(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(job -> job.getString("name").equals("backup")).findFirst().orElseThrow();
        assertEquals("0 3 * * *", backup.getString("schedule"));
        assertEquals("BACKUP_SCHEDULE", backup.getString("schedule_setting"));
        assertEquals(java.time.ZoneId.systemDefault().getId(), backup.getString("schedule_time_zone"));
        assertTrue(backup.getJsonArray("parameter_names").contains(Json.createValue("keep")), backup.toString());
        assertTrue(backup.getString("next_run").contains("T03:00:00") || backup.getString("next_run").contains(":00:00"),
                backup.toString());
        assertEquals(401, Api.get("/api/maintenance/jobs", ANONYMOUS).statusCode());
    }

    @Test
    void anAdminStartsABackupThroughTheJobsApiAndSeesItComplete() {
        Path set = LibertyServer.dataDirectory().resolve("backups/maintenance-it-api");

        HttpResponse<String> started = Api.post("/api/maintenance/jobs/backup",
                Json.createObjectBuilder().add("backupDir", set.toString()).add("keep", 30).build().toString(), ADMIN);

        assertEquals(202, started.statusCode(), started.body());
        long execution = Api.object(started).getJsonNumber("execution_id").longValue();
        JsonObject run = awaitEnd(execution);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals("30", run.getJsonObject("parameters").getString("keep"));
        assertTrue(Files.isRegularFile(set.resolve("manifest.json")), "the set was written");
        assertTrue(run.getString("exit_status").contains("set maintenance-it-api, "), run.toString());
    }

    @Test
    void theBackupsAreListedWithTheirManifestAndVerification() {
        Path set = LibertyServer.dataDirectory().resolve("backups/maintenance-it-listed");
        awaitEnd(Api.object(Api.post("/api/maintenance/jobs/backup",
                Json.createObjectBuilder().add("backupDir", set.toString()).add("keep", 30).build().toString(), ADMIN))
                .getJsonNumber("execution_id").longValue());

        HttpResponse<String> response = Api.get("/api/maintenance/backups", VIEWER);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject listed = Api.parse(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(backup -> backup.getString("name").equals("maintenance-it-listed")).findFirst().orElseThrow();
        assertTrue(listed.getJsonObject("verification").getBoolean("passed"), listed.toString());
        assertEquals("copied", listed.getJsonObject("parts").getString("timeseries"));
        assertEquals("copied", listed.getJsonObject("parts").getString("media"), "the test server has PostgreSQL");
        assertTrue(listed.getJsonNumber("size_bytes").longValue() > 0);
        assertTrue(listed.getJsonObject("timeseries_rows").containsKey("energy_timeseries"), listed.toString());
        assertEquals(401, Api.get("/api/maintenance/backups", ANONYMOUS).statusCode());
    }

    @Test
    void onlyAnAdminStartsAJob() {
        assertEquals(403, Api.post("/api/maintenance/jobs/backup", "{}", OPERATOR).statusCode());
        assertEquals(403, Api.post("/api/maintenance/jobs/backup", "{}", VIEWER).statusCode());
        assertEquals(401, Api.post("/api/maintenance/jobs/backup", "{}", ANONYMOUS).statusCode());
    }

    @Test
    void anUnknownJobOrParameterIsRefusedNamingIt() {
        assertInvalidField(Api.post("/api/maintenance/jobs/defragment", "{}", ADMIN), "job");
        assertInvalidField(Api.post("/api/maintenance/jobs/backup", "{\"kepp\": 3}", ADMIN), "kepp");
        assertInvalidField(Api.post("/api/maintenance/jobs/backup", "{\"keep\": [3]}", ADMIN), "keep");
        assertInvalidField(Api.post("/api/maintenance/jobs/backup", "[{}]", ADMIN), "body");
    }

    @Test
    void aBadParameterValueIsRefusedNamingItAndStartsNothing() {
        JsonObject before = Api.object(Api.get("/api/maintenance/jobs/retention", VIEWER));

        assertInvalidField(Api.post("/api/maintenance/jobs/backup", "{\"keep\": \"none\"}", ADMIN), "keep");
        assertInvalidField(Api.post("/api/maintenance/jobs/retention", "{\"rawDays\": 0}", ADMIN), "rawDays");
        assertInvalidField(Api.post("/api/maintenance/jobs/rollup", "{\"from\": \"yesterday\"}", ADMIN), "from");
        assertInvalidField(Api.post("/api/maintenance/jobs/restore", "{\"set\": \"none\", \"parts\": \"media\"}", ADMIN), "set");
        assertEquals(before, Api.object(Api.get("/api/maintenance/jobs/retention", VIEWER)), "no retention started");
    }

    @Test
    void aBadParameterValueGivenToTheBatchRestApiFailsTheJobAtOnceWithTheReason() {
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("backup",
                Json.createObjectBuilder().add("keep", "none").build(), ADMIN)).getJsonNumber("instanceId").longValue();

        JsonObject execution = awaitRestEnd(instance);
        assertEquals("FAILED", execution.getString("batchStatus"));
        assertTrue(execution.getString("exitStatus").contains("keep"), execution.toString());
    }

    @Test
    void theBatchRestApiRunsAJobForTheAdminAndRefusesTheOtherUsers() {
        JsonObject parameters = Json.createObjectBuilder()
                .add("backupDir", LibertyServer.dataDirectory().resolve("backups/maintenance-it-rest").toString())
                .add("keep", "30").build();

        HttpResponse<String> submitted = LibertyBatchApi.submit("backup", parameters, ADMIN);

        assertEquals(201, submitted.statusCode(), submitted.body());
        long instance = LibertyBatchApi.object(submitted).getJsonNumber("instanceId").longValue();
        JsonObject execution = awaitRestEnd(instance);
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
        assertEquals(401, LibertyBatchApi.submit("backup", parameters, OPERATOR).statusCode());
        assertEquals(401, LibertyBatchApi.submit("backup", parameters, VIEWER).statusCode());
        assertEquals(401, LibertyBatchApi.get("jobinstances", VIEWER).statusCode());
        assertEquals(401, LibertyBatchApi.get("jobinstances", ANONYMOUS).statusCode());
    }

    @Test
    void aFailedJobIsRestartedThroughTheBatchRestApiWithCorrectedParameters() {
        JsonObject bad = Json.createObjectBuilder()
                .add("backupDir", LibertyServer.dataDirectory().resolve("backups/maintenance-it-restart").toString())
                .add("keep", "0").build();
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("backup", bad, ADMIN)).getJsonNumber("instanceId").longValue();
        JsonObject failed = awaitRestEnd(instance);
        assertEquals("FAILED", failed.getString("batchStatus"));

        JsonObject execution = restart(instance, failed, Json.createObjectBuilder(bad).add("keep", "30").build());
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
    }

    @Test
    void theRollupSummarisesStoredReadingsThroughTheJobsApiAndAgainThroughTheBatchRestApi() {
        long hourAgo = Instant.now().minus(Duration.ofHours(3)).getEpochSecond() / 3600 * 3600;
        JsonArrayBuilder readings = Json.createArrayBuilder();
        for (int i = 0; i < 360; i++) {
            readings.add(Json.createObjectBuilder().add("device_id", "maintenance-it-plug").add("timestamp", hourAgo + i * 10L)
                    .add("power_w", 100 + i % 7).add("daily_energy_kwh", 1 + i * 0.0003));
        }
        assertEquals(200, Api.post("/api/energy/readings", readings.build().toString(), OPERATOR).statusCode());

        Metrics before = Metrics.scrape(ADMIN);
        long execution = Api.object(Api.post("/api/maintenance/jobs/rollup", "", ADMIN)).getJsonNumber("execution_id").longValue();

        JsonObject run = awaitEnd("rollup", execution);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        Metrics after = Metrics.scrape(ADMIN);
        String rollup = "job=\"rollup\"";
        // At least: the scheduled rollup may end meanwhile too.
        assertTrue(after.count("job_runs_total", rollup, "outcome=\"completed\"") > before.count("job_runs_total", rollup, "outcome=\"completed\""));
        assertTrue(after.count("job_run_seconds_count", rollup) > before.count("job_run_seconds_count", rollup));
        assertTrue(run.getString("exit_status").matches("rolled up energy [1-9]\\d*.*"), run.toString());
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("rollup", JsonValue.EMPTY_JSON_OBJECT, ADMIN))
                .getJsonNumber("instanceId").longValue();
        assertEquals("COMPLETED", awaitRestEnd(instance).getString("batchStatus"));
    }

    /**
     * On a store and a media database of the test's own, so that deleting what is old takes no
     * other test's readings: a dry run through the jobs API, then the deletion through the batch
     * REST API, both inside the server's batch runtime with its chunk transactions.
     */
    @Test
    void retentionCountsInADryRunWhatItThenDeletes() throws Exception {
        Path directory = Files.createDirectories(LibertyServer.dataDirectory().resolve("retention-it"));
        DataSource store = storeWithOldReadings(directory, "old-plug", 120);
        String media = LibertyServer.postgres().createDatabase("retention_it");
        SchemaMigrations.migrate(LibertyServer.postgres().dataSource(media), SchemaMigrations.MEDIA);
        JsonObject parameters = Json.createObjectBuilder()
                .add("timeseriesDb", directory.resolve("timeseries.db").toString())
                .add("postgresUrl", LibertyServer.postgres().url(media)).build();

        JsonObject dryRun = awaitEnd("retention", Api.object(Api.post("/api/maintenance/jobs/retention",
                Json.createObjectBuilder(parameters).add("dryRun", true).build().toString(), ADMIN)).getJsonNumber("execution_id").longValue());

        assertEquals("COMPLETED", dryRun.getString("status"), dryRun.toString());
        assertEquals(120, exitStatus(dryRun.getString("exit_status")).getJsonObject("would_delete").getInt("energy_timeseries"),
                dryRun.toString());
        assertEquals(120, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("retention", parameters, ADMIN)).getJsonNumber("instanceId").longValue();
        JsonObject run = awaitRestEnd(instance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals(120, exitStatus(run.getString("exitStatus")).getJsonObject("deleted").getInt("energy_timeseries"));
        assertEquals(0, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
    }

    /**
     * Retention fails part-way (a trigger refuses the deletes of one plug, as a full disk would),
     * is restarted through the batch REST API as the Admin Center restarts it, and goes on from its
     * last checkpoint: old readings added behind that checkpoint stay, the rest go.
     */
    @Test
    void aFailedChunkJobRestartedThroughTheBatchRestApiResumesFromItsCheckpoint() throws Exception {
        Path directory = Files.createDirectories(LibertyServer.dataDirectory().resolve("restart-it"));
        DataSource store = storeWithOldReadings(directory, "aircon", 100, "fridge", 100);
        long old = oldSecond();
        execute(store, "CREATE TRIGGER fridge_fails BEFORE DELETE ON energy_timeseries WHEN OLD.device_id = 'fridge'"
                + " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
        JsonObject parameters = Json.createObjectBuilder().add("timeseriesDb", directory.resolve("timeseries.db").toString())
                .add("chunkRows", "10").build();
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("retention", parameters, ADMIN)).getJsonNumber("instanceId").longValue();
        JsonObject failed = awaitRestEnd(instance);
        assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
        assertEquals(100, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"), "aircon's old readings went");
        execute(store, "DROP TRIGGER fridge_fails");
        try (TimeseriesWriter writer = SqliteFiles.writer(store)) {
            SqliteFiles.writeReadings(writer, "aircon", (int) old - 1_000, 5);
        }

        JsonObject execution = restart(instance, failed, parameters);
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
        assertEquals(5, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"),
                "the readings behind the checkpoint stay: the restart went on from it");
        assertEquals(200, exitStatus(execution.getString("exitStatus")).getJsonObject("deleted").getInt("energy_timeseries"));
    }

    /** A dry run, as the schedule runs it, through both APIs, against the test server's media rows and roots. */
    @Test
    void reconcileReportsInADryRunThroughTheJobsApiAndTheBatchRestApi() {
        JsonObject run = awaitEnd("reconcile", Api.object(Api.post("/api/maintenance/jobs/reconcile", "", ADMIN))
                .getJsonNumber("execution_id").longValue());

        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertTrue(run.getString("exit_status").contains("dry run, nothing deleted; report "), run.toString());
        long instance = LibertyBatchApi.object(LibertyBatchApi.submit("reconcile", JsonValue.EMPTY_JSON_OBJECT, ADMIN))
                .getJsonNumber("instanceId").longValue();
        JsonObject execution = awaitRestEnd(instance);
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
        assertTrue(execution.getString("exitStatus").contains("dry run, nothing deleted"), execution.toString());
    }

    /** Restarts the failed execution of the instance as the Admin Center does, and waits for the new execution's end. */
    private static JsonObject restart(long instance, JsonObject failed, JsonObject parameters) {
        HttpResponse<String> restarted = LibertyBatchApi.put("jobinstances/" + instance + "?action=restart",
                Json.createObjectBuilder().add("jobParameters", parameters).build().toString(), ADMIN);
        assertEquals(200, restarted.statusCode(), restarted.body());
        return Eventually.await(() -> newestRestExecution(instance),
                newest -> newest.getJsonNumber("executionId").longValue() != failed.getJsonNumber("executionId").longValue()
                        && ended(newest),
                "the restarted execution of instance " + instance + " ends");
    }

    /** A store of the test's own with readings of 45 days ago, marked as rolled up so that retention may delete them. */
    private static DataSource storeWithOldReadings(Path directory, Object... devicesAndCounts) throws SQLException {
        DataSource store = SqliteFiles.migrated(directory);
        try (TimeseriesWriter writer = SqliteFiles.writer(store)) {
            for (int i = 0; i < devicesAndCounts.length; i += 2) {
                int count = (Integer) devicesAndCounts[i + 1];
                SqliteFiles.writeReadings(writer, (String) devicesAndCounts[i], (int) oldSecond(), count);
            }
        }
        execute(store, "INSERT INTO rollup_marks VALUES ('energy_5m', " + Instant.now().getEpochSecond() + ")");
        return store;
    }

    private static long oldSecond() {
        return Instant.now().minus(Duration.ofDays(45)).getEpochSecond() / 3600 * 3600;
    }

    private static JsonObject exitStatus(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static JsonObject awaitEnd(long execution) {
        return awaitEnd("backup", execution);
    }

    private static JsonObject awaitEnd(String job, long execution) {
        return Eventually.await(() -> Api.object(Api.get("/api/maintenance/jobs/" + job, VIEWER)).getJsonObject("last_run"),
                run -> run != null && run.getJsonNumber("execution_id").longValue() >= execution
                        && run.get("ended") != JsonValue.NULL,
                job + " execution " + execution + " ends");
    }

    private static JsonObject awaitRestEnd(long instance) {
        return Eventually.await(() -> newestRestExecution(instance),
                MaintenanceIT::ended,
                "job instance " + instance + " ends");
    }

    /** The batch REST API answers an empty endTime while an execution runs. */
    private static boolean ended(JsonObject execution) {
        return !execution.getString("endTime", "").isEmpty();
    }

    private static JsonObject newestRestExecution(long instance) {
        HttpResponse<String> executions = LibertyBatchApi.get("jobinstances/" + instance + "/jobexecutions", ADMIN);
        return Api.parse(executions).asJsonArray().getValuesAs(JsonObject.class).stream()
                .max((a, b) -> Long.compare(a.getJsonNumber("executionId").longValue(), b.getJsonNumber("executionId").longValue()))
                .orElseThrow();
    }
}
