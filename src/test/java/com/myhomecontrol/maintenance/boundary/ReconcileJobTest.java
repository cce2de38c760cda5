package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.control.PostgresMediaStore;
import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.JsonProviders;
import com.myhomecontrol.platform.control.SchemaMigrations;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static com.myhomecontrol.platform.control.SqliteFiles.longValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The reconcile job under JBeret, on real files in a temporary folder and a real PostgreSQL. */
class ReconcileJobTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-01T12:00:00.123456Z");
    private static final Duration OLD = Duration.ofHours(2);

    private static TestPostgres.Server server;
    private static String database;
    private static DataSource dataSource;
    private static EntityManagerFactory unit;
    private static PostgresMediaStore store;

    @TempDir
    Path directory;

    private Path root;
    private Path reports;

    @BeforeAll
    static void migrate() {
        server = TestPostgres.shared();
        database = server.createDatabase("reconcile");
        dataSource = server.dataSource(database);
        SchemaMigrations.migrate(dataSource, SchemaMigrations.MEDIA);
        unit = MediaUnit.outsideServer(dataSource);
        store = new PostgresMediaStore(dataSource, unit);
    }

    @AfterAll
    static void closeUnit() {
        unit.close();
    }

    @BeforeEach
    void emptyStores() throws IOException {
        execute("TRUNCATE recordings, snapshots, ai_analysis, camera_media_totals");
        root = Files.createDirectories(directory.resolve("media"));
        // Inside the root on purpose: the reports of earlier runs are not media.
        reports = root.resolve("reports");
    }

    @Test
    void aDryRunReportsOrphansBothWaysAndChangesNothing() throws IOException {
        List<Path> kept = household();

        JobExecution execution = reconcile();

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertTrue(execution.getExitStatus().startsWith("2 of 4 rows without files, 2 of 5 files without rows; dry run"),
                execution.getExitStatus());
        JsonObject report = report(execution);
        assertEquals(Set.of("recording rec-gone", "snapshot snap-gone"), rows(report));
        assertEquals(Set.of(root.resolve("cam/stray.mp4").toString(), root.resolve("cam/old/forgotten.jpg").toString()),
                files(report));
        assertEquals(JsonValue.NULL, report.get("refused"));
        assertEquals(4, longValue(dataSource, "SELECT (SELECT count(*) FROM recordings) + (SELECT count(*) FROM snapshots)"));
        assertEquals(1, longValue(dataSource, "SELECT count(*) FROM ai_analysis"));
        kept.forEach(file -> assertTrue(Files.exists(file), file + " kept"));
        assertEquals(Optional.empty(), JobProgress.of(execution.getExecutionId()), "the progress of a job that ended is gone");
        try (Stream<Path> left = Files.list(reports)) {
            assertEquals(List.of(), left.filter(file -> file.toString().endsWith(".work")).toList(), "the work folder is gone");
        }
    }

    @Test
    void actingDeletesTheRowsWithoutFilesAndTheFilesOnlyWhenToldToo() throws IOException {
        List<Path> files = household();

        JobExecution rowsOnly = reconcile("dryRun", "false");

        assertEquals(BatchStatus.COMPLETED, rowsOnly.getBatchStatus(), rowsOnly.getExitStatus());
        assertTrue(rowsOnly.getExitStatus().contains("deleted 2 rows and 0 files"), rowsOnly.getExitStatus());
        assertEquals(Set.of("rec-kept"), ids("SELECT recording_id FROM recordings"));
        assertEquals(Set.of("snap-kept"), ids("SELECT snapshot_id FROM snapshots"));
        assertEquals(0, longValue(dataSource, "SELECT count(*) FROM ai_analysis"), "the analysis of rec-gone went with it");
        files.forEach(file -> assertTrue(Files.exists(file), file + " kept"));

        JobExecution withFiles = reconcile("dryRun", "false", "deleteFiles", "true");

        assertEquals(BatchStatus.COMPLETED, withFiles.getBatchStatus(), withFiles.getExitStatus());
        assertTrue(withFiles.getExitStatus().startsWith("0 of 2 rows without files, 2 of 5 files without rows; deleted 0 rows and 2 files"),
                withFiles.getExitStatus());
        assertFalse(Files.exists(root.resolve("cam/stray.mp4")));
        assertFalse(Files.exists(root.resolve("cam/old/forgotten.jpg")));
        for (String left : List.of("cam/rec-kept.mp4", "cam/snap-kept.jpg", "cam/fresh.mp4", "cam/.upload.part")) {
            assertTrue(Files.exists(root.resolve(left)), left + " kept");
        }
    }

    @Test
    void aMediaDiskThatIsNotMountedIsRefusedAndNothingDeleted() throws IOException {
        household();
        Path disk = Files.move(root, directory.resolve("disk"));
        reports = directory.resolve("reports");

        JobExecution execution = reconcile("dryRun", "false", "deleteFiles", "true");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("refused to delete anything, 4 of 4 rows have no file, more than half"),
                execution.getExitStatus());
        assertEquals(4, longValue(dataSource, "SELECT (SELECT count(*) FROM recordings) + (SELECT count(*) FROM snapshots)"));
        try (Stream<Path> files = Files.walk(disk)) {
            assertEquals(7, files.filter(Files::isRegularFile).count(), "every file kept");
        }
        JsonObject report = report(execution);
        assertEquals(List.of(root.toString()), report.getJsonArray("missing_roots").getValuesAs(JsonString::getString));
        assertEquals(4, report.getInt("rows_without_files"));
        assertEquals(0, report.getInt("rows_deleted"));
    }

    @Test
    void aRestartAfterAFailureGoesOnFromItsLastCheckpoint() throws IOException {
        List<Medium> recordings = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            recordings.add(recording(String.format("rec-%04d", i), "cam/none.mp4"));
        }
        store.upsert(recordings);
        store.upsert(List.of(snapshot("snap-1", "cam/none.jpg"), snapshot("snap-2", "cam/none.jpg")));
        // This user may read the recordings but not the snapshots' paths: the row step fails once
        // the recordings are read, after two checkpoints of 500.
        String user = "reconcile_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE ROLE " + user + " LOGIN");
        try {
            execute("GRANT SELECT ON recordings TO " + user);
            execute("GRANT SELECT (snapshot_id) ON snapshots TO " + user);
            Properties parameters = parameters("postgresUrl", server.url(database) + "?user=" + user);

            JobExecution failed = BatchJobs.run("reconcile", parameters);
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());

            // Before the checkpoint: a restart that began again would find it.
            store.upsert(List.of(recording("rec-0000", "cam/none.mp4")));
            execute("GRANT SELECT ON snapshots TO " + user);
            JobExecution restarted = BatchJobs.restart(failed, parameters);

            assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
            JsonObject report = report(restarted);
            List<String> listed = report.getJsonArray("rows_without_files_list").getValuesAs(JsonObject.class).stream()
                    .map(row -> row.getString("id")).toList();
            assertEquals(1_202, listed.size(), "each row once");
            assertEquals(1_202, new TreeSet<>(listed).size());
            assertFalse(listed.contains("rec-0000"), "the rows before the checkpoint were not read again");
            assertTrue(listed.containsAll(List.of("rec-0001", "rec-1000", "rec-1001", "rec-1200", "snap-1", "snap-2")));
            assertEquals(1_203, report.getInt("rows"));
        } finally {
            execute("REVOKE ALL ON recordings, snapshots FROM " + user);
            execute("DROP ROLE " + user);
        }
    }

    @Test
    void aBadParameterFailsTheJobNamingItAndWritesNothing() {
        JobExecution execution = reconcile("dryRun", "maybe");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("dryRun") && execution.getExitStatus().contains("maybe"),
                execution.getExitStatus());
        assertFalse(Files.exists(reports));
    }

    @Test
    void withoutPostgresqlTheJobRefusesAndSaysWhy() {
        assumeTrue(System.getenv("POSTGRES_HOST") == null, "POSTGRES_HOST is set: this is not journal mode");

        JobExecution execution = BatchJobs.run("reconcile",
                BatchJobs.parameters("mediaRoots", root.toString(), "reportsDir", reports.toString()));

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("POSTGRES_HOST is not set"), execution.getExitStatus());
        assertFalse(Files.exists(reports));
    }

    @Test
    void aRootHoldingTheDataDirectoryIsRefused() {
        Path data = Path.of(System.getenv().getOrDefault("HOMECONTROL_DATA_DIR", "data")).toAbsolutePath();

        JobExecution execution = reconcile("mediaRoots", data.getParent().toString());

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("must not hold the data directory"), execution.getExitStatus());
    }

    /**
     * Two recordings and two snapshots, one of each with its file; two files without rows; a file
     * without a row written just now; an upload in progress (hidden). All but the new one are old.
     */
    private List<Path> household() throws IOException {
        store.upsert(List.of(recording("rec-kept", root.resolve("cam/rec-kept.mp4").toString()),
                recording("rec-gone", root.resolve("cam/rec-gone.mp4").toString()),
                snapshot("snap-kept", root.resolve("cam/snap-kept.jpg").toString()),
                snapshot("snap-gone", root.resolve("cam/snap-gone.jpg").toString())));
        MediumKey gone = new MediumKey(MediaKind.RECORDING, "rec-gone");
        store.addAnalyses(gone, List.of(new Analysis(UUID.randomUUID(), gone, "person", 0.9, ACCEPTED,
                JsonProviders.JSON.createObjectBuilder().build(), ACCEPTED)));
        List<Path> files = new ArrayList<>();
        for (String name : List.of("cam/rec-kept.mp4", "cam/snap-kept.jpg", "cam/stray.mp4", "cam/old/forgotten.jpg",
                "cam/.upload.part")) {
            files.add(file(name, Instant.now().minus(OLD)));
        }
        files.add(file("cam/fresh.mp4", Instant.now()));
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("reconcile-20260101T000000Z.json"), "{}");
        return files;
    }

    private Path file(String name, Instant modified) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private JobExecution reconcile(String... namesAndValues) {
        return BatchJobs.run("reconcile", parameters(namesAndValues));
    }

    private Properties parameters(String... namesAndValues) {
        Properties parameters = BatchJobs.parameters("mediaRoots", root.toString(), "reportsDir", reports.toString(),
                "postgresUrl", server.url(database) + "?user=" + server.user() + "&password=" + server.password());
        parameters.putAll(BatchJobs.parameters(namesAndValues));
        return parameters;
    }

    /** The report the exit status names. */
    private static JsonObject report(JobExecution execution) {
        String status = execution.getExitStatus();
        Path file = Path.of(status.substring(status.indexOf("; report ") + "; report ".length()));
        try (Reader in = Files.newBufferedReader(file); var reader = JsonProviders.JSON.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new AssertionError("No report " + file, e);
        }
    }

    private static Set<String> rows(JsonObject report) {
        Set<String> rows = new TreeSet<>();
        report.getJsonArray("rows_without_files_list").getValuesAs(JsonObject.class)
                .forEach(row -> rows.add(row.getString("media_type") + " " + row.getString("id")));
        return rows;
    }

    private static Set<String> files(JsonObject report) {
        Set<String> files = new TreeSet<>();
        report.getJsonArray("files_without_rows_list").getValuesAs(JsonObject.class).forEach(file -> files.add(file.getString("path")));
        return files;
    }

    private static Set<String> ids(String sql) {
        Set<String> ids = new TreeSet<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
        return ids;
    }

    private static void execute(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static Medium recording(String id, String file) {
        return new Medium(MediaKind.RECORDING, id, "cam", file, 100, 10.0, RecordingType.MOTION, ACCEPTED, false, false,
                JsonProviders.JSON.createObjectBuilder().build(), ACCEPTED);
    }

    private static Medium snapshot(String id, String file) {
        return new Medium(MediaKind.SNAPSHOT, id, "cam", file, 10, null, null, ACCEPTED, false, false,
                JsonProviders.JSON.createObjectBuilder().build(), ACCEPTED);
    }
}
