package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.control.BackupManifest;
import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.MigrationLock;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.SqliteFiles;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrateJobTest {

    private static final String SCHEMA_VERSION =
            "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";

    @TempDir
    Path directory;

    @Test
    void pendingMigrationsOfBothStoresAreAppliedAfterAVerifiedBackupOfTheOldSchema() {
        DataSource store = storeAtVersion("2");
        TestPostgres.Server server = TestPostgres.shared();
        String mediaDatabase = server.createDatabase("migrate_job");
        BackupSet set = new BackupSet(directory.resolve("backups/before-migration"));

        JobExecution execution = BatchJobs.run("migrate", BatchJobs.parameters(
                "backupDir", set.directory().toString(),
                "timeseriesDb", store().toString(),
                "postgresUrl", server.url(mediaDatabase) + "?user=" + server.user(),
                "keep", "2"));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertEquals("2", BackupManifest.read(set.manifest()).timeseries().schemaVersion(), "the backup holds the schema before the migration");
        String newest = SqliteFiles.text(store, SCHEMA_VERSION);
        assertEquals(0, SchemaMigrations.pending(store, SchemaMigrations.TIMESERIES).length);
        assertEquals(0, SchemaMigrations.pending(server.dataSource(mediaDatabase), SchemaMigrations.MEDIA).length);
        assertTrue(execution.getExitStatus().contains("\"timeseries\":{\"from\":\"2\",\"to\":\"" + newest + "\""),
                execution.getExitStatus());
        assertTrue(execution.getExitStatus().contains("\"media\":{\"from\":\"none\",\"to\":\"3\",\"applied\":3}"),
                execution.getExitStatus());
        assertEquals(100, SqliteFiles.longValue(store, "SELECT COUNT(*) FROM energy_timeseries"));
        assertFalse(Files.exists(MigrationLock.file(store())), "the lock is gone with the migration");
    }

    @Test
    void withoutPostgresOnlyTheTimeseriesStoreIsMigratedAndTheStatusSaysSo() {
        storeAtVersion("1");

        JobExecution execution = BatchJobs.run("migrate", BatchJobs.parameters(
                "backupDir", directory.resolve("backups/journal-mode").toString(), "timeseriesDb", store().toString()));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertTrue(execution.getExitStatus().contains("journal mode"), execution.getExitStatus());
    }

    @Test
    void aBackupIsRefusedWhileAMigrationRunsAndRunsOnceItEnded() {
        storeAtVersion("2");
        Path backups = directory.resolve("backups");

        JobExecution refused;
        try (MigrationLock migration = MigrationLock.acquire(store())) {
            refused = backup(backups.resolve("during"));
        }
        JobExecution after = backup(backups.resolve("after"));

        assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
        assertTrue(refused.getExitStatus().contains("refused while a migration"), refused.getExitStatus());
        assertFalse(Files.exists(backups.resolve("during")), "nothing written");
        assertEquals(BatchStatus.COMPLETED, after.getBatchStatus(), after.getExitStatus());
    }

    @Test
    void aStoreMigratedByANewerPlatformFailsTheJobNamingBothVersions() {
        DataSource store = storeAtVersion("3");
        try (var connection = store.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 1, 'test', 1, 1)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        JobExecution execution = BatchJobs.run("migrate", BatchJobs.parameters(
                "backupDir", directory.resolve("backups/future").toString(), "timeseriesDb", store().toString()));

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("version 99,"), execution.getExitStatus());
    }

    @Test
    void aLockFileLeftByAProcessThatDiedRefusesNoBackup() throws Exception {
        storeAtVersion("2");
        Files.writeString(MigrationLock.file(store()), "left behind");

        JobExecution backup = backup(directory.resolve("backups/after-a-crash"));

        assertEquals(BatchStatus.COMPLETED, backup.getBatchStatus(), backup.getExitStatus());
    }

    @Test
    void aSecondMigrationIsRefusedWhileOneRuns() {
        storeAtVersion("2");

        JobExecution second;
        try (MigrationLock first = MigrationLock.acquire(store())) {
            second = BatchJobs.run("migrate", BatchJobs.parameters(
                    "backupDir", directory.resolve("backups/second").toString(), "timeseriesDb", store().toString()));
        }

        assertEquals(BatchStatus.FAILED, second.getBatchStatus());
        assertTrue(second.getExitStatus().contains("Another migration"), second.getExitStatus());
        assertEquals(0, SqliteFiles.longValue(JobEnvironment.timeseries(store()),
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '3'"), "not migrated");
    }

    private JobExecution backup(Path set) {
        return BatchJobs.run("backup", BatchJobs.parameters("backupDir", set.toString(), "timeseriesDb", store().toString()));
    }

    private Path store() {
        return directory.resolve("timeseries.db");
    }

    private DataSource storeAtVersion(String version) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + store());
        dataSource.setJournalMode("WAL");
        Flyway.configure().dataSource(dataSource).locations(SchemaMigrations.TIMESERIES).target(version).load().migrate();
        try (var writer = SqliteFiles.writer(dataSource)) {
            SqliteFiles.writeReadings(writer, "aircon", 0, 100);
        }
        return dataSource;
    }
}
