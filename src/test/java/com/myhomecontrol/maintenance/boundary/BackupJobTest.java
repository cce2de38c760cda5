package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.control.BackupCatalog;
import com.myhomecontrol.maintenance.control.BackupManifest;
import com.myhomecontrol.maintenance.control.FileChecksums;
import com.myhomecontrol.maintenance.control.SqliteSnapshot;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.BackupSummary;
import com.myhomecontrol.maintenance.entity.Verification;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupJobTest {

    private static final String READINGS = "SELECT COUNT(*) FROM energy_timeseries";

    @TempDir
    Path directory;

    private DataSource store;
    private TimeseriesWriter writer;

    @BeforeEach
    void openStore() {
        store = SqliteFiles.migrated(directory);
        writer = SqliteFiles.writer(store);
    }

    @AfterEach
    void closeStore() {
        writer.close();
    }

    @Test
    void theCopyOfAStoreWithReadingsPassesIntegrityCheckAndHoldsEveryRow() throws SQLException {
        SqliteFiles.writeReadings(writer, "aircon", 0, 500);
        SqliteFiles.writeReadings(writer, "fridge", 0, 250);
        BackupSet set = new BackupSet(directory.resolve("backups/first"));

        JobExecution execution = backup(set, "3");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        DataSource copy = readOnly(set.timeseriesCopy());
        assertEquals("ok", SqliteFiles.text(copy, "PRAGMA integrity_check"));
        assertEquals(750, SqliteFiles.longValue(copy, READINGS));
        Manifest manifest = BackupManifest.read(set.manifest());
        try (Connection original = store.getConnection()) {
            assertEquals(SqliteSnapshot.rowCounts(original), manifest.timeseries().rowCounts());
        }
        assertEquals(750, manifest.timeseries().rowCounts().get("energy_timeseries"));
        assertEquals(SqliteFiles.text(store, "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1"),
                manifest.timeseries().schemaVersion());
        assertEquals(FileChecksums.sha256(set.timeseriesCopy()), manifest.sha256().get(BackupSet.TIMESERIES_FILE));
        assertFalse(manifest.ended().isBefore(manifest.started()));
        assertNotEquals("unknown", manifest.platformVersion());
    }

    @Test
    void aBackupWhileReadingsArriveHoldsEveryReadingCommittedBeforeItStarted() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch firstWrites = new CountDownLatch(20);
        CompletableFuture<Void> readings = CompletableFuture.runAsync(() -> {
            for (int second = 0; writing.get(); second += 10) {
                SqliteFiles.writeReadings(writer, "aircon", second, 10);
                firstWrites.countDown();
            }
        });
        assertTrue(firstWrites.await(30, TimeUnit.SECONDS));
        long committedBeforeStart = SqliteFiles.longValue(store, READINGS);
        BackupSet set = new BackupSet(directory.resolve("backups/while-writing"));

        JobExecution execution = backup(set, "3");
        long committedAtEnd = SqliteFiles.longValue(store, READINGS);
        writing.set(false);
        readings.get(30, TimeUnit.SECONDS);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        long copied = SqliteFiles.longValue(readOnly(set.timeseriesCopy()), READINGS);
        assertTrue(copied >= committedBeforeStart, copied + " readings copied, " + committedBeforeStart + " committed before");
        assertTrue(committedAtEnd > committedBeforeStart, "the writer went on during the backup");
    }

    @Test
    void rotationKeepsTheNewestSets() throws Exception {
        SqliteFiles.writeReadings(writer, "tv", 0, 10);
        for (String name : List.of("one", "two", "three")) {
            JobExecution execution = backup(new BackupSet(directory.resolve("backups").resolve(name)), "2");
            assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        }

        try (Stream<Path> sets = Files.list(directory.resolve("backups"))) {
            assertEquals(List.of(".verifications", "three", "two"), sets.map(set -> set.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theCatalogListsTheSetsNewestFirstWithTheirVerificationAndTheOutcomeNamesTheSet() {
        SqliteFiles.writeReadings(writer, "tv", 0, 10);
        JobExecution last = null;
        for (String name : List.of("older", "newer")) {
            last = backup(new BackupSet(directory.resolve("backups").resolve(name)), "2");
        }

        List<BackupSummary> sets = BackupCatalog.list(directory.resolve("backups"));

        assertEquals(List.of("newer", "older"), sets.stream().map(BackupSummary::name).toList());
        assertTrue(sets.get(0).verification().passed());
        assertEquals(10, sets.get(0).timeseriesRows().get("energy_timeseries"));
        assertEquals("copied", sets.get(0).parts().get("timeseries"));
        assertTrue(sets.get(0).sizeBytes() > 0);
        assertTrue(last.getExitStatus().contains("set newer, ") && last.getExitStatus().endsWith("no set deleted"),
                last.getExitStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "-1"})
    void aBadKeepFailsTheJobNamingIt(String keep) {
        BackupSet set = new BackupSet(directory.resolve("backups/bad"));

        JobExecution execution = backup(set, keep);

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("keep") && execution.getExitStatus().contains(keep),
                execution.getExitStatus());
        assertFalse(Files.exists(set.directory()), "nothing written");
    }

    @Test
    void aMissingStoreFailsTheJobNamingTheParameter() {
        JobExecution execution = BatchJobs.run("backup", BatchJobs.parameters(
                "backupDir", directory.resolve("backups/none").toString(),
                "timeseriesDb", directory.resolve("missing.db").toString()));

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("timeseriesDb"), execution.getExitStatus());
    }

    private JobExecution backup(BackupSet set, String keep) {
        return BatchJobs.run("backup", BatchJobs.parameters(
                "backupDir", set.directory().toString(),
                "timeseriesDb", directory.resolve("timeseries.db").toString(),
                "journalDir", directory.resolve("journal").toString(),
                "devicesFile", directory.resolve("devices.json").toString(),
                "netatmoTokenFile", directory.resolve("netatmo-token").toString(),
                "keep", keep));
    }

    private static DataSource readOnly(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:file:" + file + "?mode=ro");
        return dataSource;
    }
}
