package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.MediaRows;
import com.myhomecontrol.maintenance.StoreHolder;
import com.myhomecontrol.maintenance.TamperedFiles;
import com.myhomecontrol.maintenance.control.BackupManifest;
import com.myhomecontrol.maintenance.control.FileChecksums;
import com.myhomecontrol.maintenance.control.Folders;
import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.PartOutcome;
import com.myhomecontrol.maintenance.entity.StoreContent;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backup and restore of every part, under JBeret SE, on real SQLite files and a real PostgreSQL. */
class RestoreJobTest {

    /**
     * The most a write may wait for the backup. The writers of the ingest test give up after it
     * (SQLite's busy timeout, PostgreSQL's lock_timeout), so that any wait for the backup fails the
     * test however loaded the machine is: on a CI machine of two shared cores a write takes 100 ms
     * and more without any backup, so its duration alone would not tell.
     */
    private static final int WAIT_LIMIT_MILLIS = 200;

    @TempDir
    Path directory;

    private Path store;
    private Path journal;
    private Path devices;
    private Path token;
    private static String mediaUrl;
    private static DataSource media;
    private TimeseriesWriter writer;

    /** One database for the class, emptied before each test: a new database and its migration cost a second. */
    @BeforeAll
    static void createMediaDatabase() {
        mediaUrl = MediaRows.newDatabaseUrl("restore");
        media = MediaRows.dataSource(mediaUrl);
        SchemaMigrations.migrate(media, SchemaMigrations.MEDIA);
    }

    @BeforeEach
    void writeData() throws IOException {
        DataSource timeseries = SqliteFiles.migrated(directory);
        store = directory.resolve("timeseries.db");
        writer = SqliteFiles.writer(timeseries);
        SqliteFiles.writeReadings(writer, "aircon", 0, 100);
        journal = Files.createDirectories(directory.resolve("media/journal"));
        Files.writeString(journal.resolve("journal.jsonl"), "{\"entry\":1}\n{\"entry\":2}\n{\"cut\":");
        Files.createDirectories(journal.resolve("archive"));
        Files.writeString(journal.resolve("archive/journal-2026-12-01T000000Z.jsonl"), "{\"entry\":0}\n");
        devices = directory.resolve("devices.json");
        Files.writeString(devices, "{\"tapo_plugs\": [{\"device_id\": \"aircon\", \"host\": \"192.168.1.20\"}]}");
        token = directory.resolve("netatmo-token");
        Files.writeString(token, "refresh-token-1");
        execute("TRUNCATE recordings, snapshots, ai_analysis, camera_media_totals");
        MediaRows.insertMedium(media, "r1", "door", 1_000, true);
        MediaRows.insertMedium(media, "r2", "garden", 2_000, false);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aBackupDuringSustainedIngestHoldsEveryAcknowledgedWriteWhichNeverWaitedForItAndRestores() throws Exception {
        writer.close();
        writer = SqliteFiles.writer(impatient(store));
        DataSource impatientMedia = MediaRows.dataSource(mediaUrl + "&options=-c%20lock_timeout%3D" + WAIT_LIMIT_MILLIS + "ms");
        AtomicBoolean backingUp = new AtomicBoolean(false);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong longestBefore = new AtomicLong();
        AtomicLong longestDuring = new AtomicLong();
        AtomicLong readingsAcknowledged = new AtomicLong();
        AtomicLong mediaAcknowledged = new AtomicLong();
        CountDownLatch ingesting = new CountDownLatch(40);
        CompletableFuture<Void> readings = CompletableFuture.runAsync(() -> {
            for (int second = 1_000; writing.get(); second += 10) {
                long start = System.nanoTime();
                SqliteFiles.writeReadings(writer, "fridge", second, 10);
                measure(backingUp.get() ? longestDuring : longestBefore, start);
                readingsAcknowledged.set(second + 10 - 1_000);
                ingesting.countDown();
            }
        });
        CompletableFuture<Void> recordings = CompletableFuture.runAsync(() -> {
            for (int n = 0; writing.get(); n++) {
                long start = System.nanoTime();
                MediaRows.insertMedium(impatientMedia, "live-" + n, "porch", n, false);
                measure(backingUp.get() ? longestDuring : longestBefore, start);
                mediaAcknowledged.set(n + 1);
                ingesting.countDown();
            }
        });
        assertTrue(ingesting.await(30, TimeUnit.SECONDS));
        long readingsBefore = readingsAcknowledged.get();
        long mediaBefore = mediaAcknowledged.get();
        BackupSet set = new BackupSet(directory.resolve("backups/live"));

        backingUp.set(true);
        JobExecution backup = backup(set, mediaUrl);
        backingUp.set(false);
        long readingsAfter = readingsAcknowledged.get();
        writing.set(false);
        String measured = "longest write " + longestBefore.get() / 1_000_000 + " ms before the backup, "
                + longestDuring.get() / 1_000_000 + " ms during it";
        assertDoesNotThrow(() -> readings.get(30, TimeUnit.SECONDS), "a reading waited for the backup; " + measured);
        assertDoesNotThrow(() -> recordings.get(30, TimeUnit.SECONDS), "a medium waited for the backup; " + measured);
        writer.close();

        assertEquals(BatchStatus.COMPLETED, backup.getBatchStatus(), backup.getExitStatus());
        assertTrue(readingsAfter > readingsBefore, "the writer went on during the backup");
        String restoredMedia = MediaRows.newDatabaseUrl("restored");
        JobExecution restore = restore(set.directory().toString(), "timeseries,media,files", "empty", restoredMedia);

        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
        DataSource restored = readOnly(store);
        assertEquals("ok", SqliteFiles.text(restored, "PRAGMA integrity_check"));
        assertEquals(readingsBefore, SqliteFiles.longValue(restored,
                "SELECT count(*) FROM energy_timeseries WHERE device_id = 'fridge' AND timestamp < " + (1_000 + readingsBefore)));
        assertFalse(Files.exists(directory.resolve("timeseries.db-wal")), "the old write-ahead log is gone");
        DataSource restoredDatabase = MediaRows.dataSource(restoredMedia);
        assertTrue(MediaRows.count(restoredDatabase, "SELECT count(*) FROM recordings WHERE recording_id LIKE 'live-%'") >= mediaBefore);
        assertEquals(MediaRows.totalsFromRows(restoredDatabase), MediaRows.totals(restoredDatabase), "no medium counted twice");
        Manifest manifest = BackupManifest.read(set.manifest());
        assertEquals(manifest.media().orElseThrow().rowCounts().get("recordings"),
                MediaRows.count(restoredDatabase, "SELECT count(*) FROM recordings"));
    }

    @Test
    void mediaReplaceRestoresTheTablesAsTheyWereWithTheirTotals() {
        BackupSet set = new BackupSet(directory.resolve("backups/media"));
        assertEquals(BatchStatus.COMPLETED, backup(set, mediaUrl).getBatchStatus());
        String atBackup = MediaRows.fingerprint(media);
        MediaRows.insertMedium(media, "r3", "door", 3_000, false);
        execute("DELETE FROM recordings WHERE recording_id = 'r1'");
        assertNotEquals(atBackup, MediaRows.fingerprint(media));

        JobExecution restore = restore("media", "media", "replace", mediaUrl);

        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
        assertEquals(atBackup, MediaRows.fingerprint(media));
        assertEquals(MediaRows.totalsFromRows(media), MediaRows.totals(media));
        MediaRows.insertMedium(media, "r4", "door", 4_000, false);
        assertEquals(MediaRows.totalsFromRows(media), MediaRows.totals(media), "the triggers count again after the restore");
    }

    @Test
    void mediaEmptyRefusesADatabaseWithRowsAndChangesNothing() {
        BackupSet set = new BackupSet(directory.resolve("backups/media"));
        assertEquals(BatchStatus.COMPLETED, backup(set, mediaUrl).getBatchStatus());
        MediaRows.insertMedium(media, "r3", "door", 3_000, false);
        String before = MediaRows.fingerprint(media);

        JobExecution restore = restore("media", "media", "empty", mediaUrl);

        assertEquals(BatchStatus.FAILED, restore.getBatchStatus());
        assertTrue(restore.getExitStatus().contains("mediaMode=empty, but the media database holds rows"), restore.getExitStatus());
        assertEquals(before, MediaRows.fingerprint(media));
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeseries byte", "media byte", "devices byte", "missing file", "manifest of another set",
            "manifest counts", "extra file", "no manifest"})
    void aDamagedSetIsRefusedWithTheReasonAndNothingChanges(String damage) throws Exception {
        BackupSet set = new BackupSet(directory.resolve("backups/damaged"));
        assertEquals(BatchStatus.COMPLETED, backup(set, mediaUrl).getBatchStatus());
        SqliteFiles.writeReadings(writer, "tv", 0, 10);
        MediaRows.insertMedium(media, "r3", "door", 3_000, false);
        Files.writeString(devices, "{\"tapo_plugs\": []}");
        writer.close();
        String reason = damage(set, damage);
        String storeBefore = FileChecksums.sha256(store);
        String mediaBefore = MediaRows.fingerprint(media);
        String devicesBefore = Files.readString(devices);

        JobExecution restore = restore("damaged", "timeseries,media,files", "replace", mediaUrl);

        assertEquals(BatchStatus.FAILED, restore.getBatchStatus());
        assertTrue(restore.getExitStatus().contains(reason), restore.getExitStatus());
        assertEquals(storeBefore, FileChecksums.sha256(store));
        assertEquals(mediaBefore, MediaRows.fingerprint(media));
        assertEquals(devicesBefore, Files.readString(devices));
    }

    @Test
    void theOfflineRestoreRefusesWhileAnotherProgramHasTheStoreOpen() throws Exception {
        BackupSet set = new BackupSet(directory.resolve("backups/offline"));
        assertEquals(BatchStatus.COMPLETED, backup(set, null).getBatchStatus());
        SqliteFiles.writeReadings(writer, "tv", 0, 10);
        writer.close();
        String before = FileChecksums.sha256(store);
        Process server = StoreHolder.start(store);
        JobExecution refused;
        try {
            refused = restore("offline", "timeseries", null, null);
        } finally {
            server.getOutputStream().close();
            server.waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
        assertTrue(refused.getExitStatus().contains("is in use"), refused.getExitStatus());
        assertEquals(before, FileChecksums.sha256(store));
        JobExecution restored = restore("offline", "timeseries", null, null);
        assertEquals(BatchStatus.COMPLETED, restored.getBatchStatus(), restored.getExitStatus());
        assertEquals(0, SqliteFiles.longValue(readOnly(store), "SELECT count(*) FROM energy_timeseries WHERE device_id = 'tv'"));
        assertEquals(100, SqliteFiles.longValue(readOnly(store), "SELECT count(*) FROM energy_timeseries"));
    }

    @Test
    void inJournalModeTheSetSaysWhyItHasNoMediaAndTheFilesComeBackOwnerOnly() throws Exception {
        BackupSet set = new BackupSet(directory.resolve("backups/journal"));
        Files.delete(token);

        JobExecution backup = backup(set, null);

        assertEquals(BatchStatus.COMPLETED, backup.getBatchStatus(), backup.getExitStatus());
        Manifest manifest = BackupManifest.read(set.manifest());
        assertEquals(PartOutcome.Status.SKIPPED, manifest.outcome(BackupPart.MEDIA).status());
        assertTrue(manifest.outcome(BackupPart.MEDIA).detail().contains("journal mode"));
        assertEquals(PartOutcome.absent(token), manifest.outcome(BackupPart.NETATMO_TOKEN));
        assertEquals("{\"entry\":1}\n{\"entry\":2}\n", Files.readString(set.journalCopy().resolve("journal.jsonl")),
                "the line still being written is left out");
        assertEquals("rwx------", permissions(set.directory()));
        assertEquals("rw-------", permissions(set.devicesCopy()));

        Files.writeString(devices, "{}");
        Files.writeString(token, "refresh-token-2");
        Files.writeString(journal.resolve("journal.jsonl"), "{\"later\":1}\n");
        JobExecution restore = restore("journal", "files", null, null);

        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
        assertTrue(Files.readString(devices).contains("192.168.1.20"));
        assertEquals("rw-------", permissions(devices));
        assertEquals("refresh-token-2", Files.readString(token), "a file absent at the backup is left alone");
        assertEquals("{\"entry\":1}\n{\"entry\":2}\n", Files.readString(journal.resolve("journal.jsonl")));
        assertTrue(Files.exists(journal.resolve("archive/journal-2026-12-01T000000Z.jsonl")));
        try (Stream<Path> siblings = Files.list(journal.getParent())) {
            assertEquals(1, siblings.count(), "no folder of the swap is left beside the journal");
        }
    }

    @Test
    void aMediaExportThatFailsCostsNotTheRestButFailsTheJobAndRotatesNothing() {
        BackupSet older = new BackupSet(directory.resolve("backups/older"));
        assertEquals(BatchStatus.COMPLETED, backup(older, null).getBatchStatus());
        BackupSet set = new BackupSet(directory.resolve("backups/postgres-away"));

        JobExecution backup = backup(set, "jdbc:postgresql://127.0.0.1:1/away?connectTimeout=2", "1");

        assertEquals(BatchStatus.FAILED, backup.getBatchStatus());
        assertTrue(backup.getExitStatus().contains("verified but incomplete") && backup.getExitStatus().contains("media: Cannot export the media metadata"),
                backup.getExitStatus());
        assertTrue(Files.exists(older.manifest()), "no older set rotated away for an incomplete one");
        Manifest manifest = BackupManifest.read(set.manifest());
        assertEquals(PartOutcome.Status.FAILED, manifest.outcome(BackupPart.MEDIA).status());
        assertEquals(PartOutcome.Status.COPIED, manifest.outcome(BackupPart.DEVICES).status());
        assertFalse(Files.exists(set.file(BackupSet.MEDIA_FOLDER)));
        JobExecution restore = restore("postgres-away", "timeseries", null, null);
        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
    }

    @Test
    void aStoreThatIsLostIsRestoredInItsPlace() throws Exception {
        BackupSet set = new BackupSet(directory.resolve("backups/lost"));
        assertEquals(BatchStatus.COMPLETED, backup(set, null).getBatchStatus());
        writer.close();
        for (String file : new String[] {"timeseries.db", "timeseries.db-wal", "timeseries.db-shm"}) {
            Files.deleteIfExists(directory.resolve(file));
        }

        JobExecution restore = restore("lost", "timeseries", null, null);

        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
        assertEquals(FileChecksums.sha256(set.timeseriesCopy()), FileChecksums.sha256(store));
        assertEquals(100, SqliteFiles.longValue(readOnly(store), "SELECT count(*) FROM energy_timeseries"));
    }

    @Test
    void anEmptyJournalFolderIsRestoredEmpty() throws Exception {
        Folders.delete(journal);
        Files.createDirectories(journal);
        BackupSet set = new BackupSet(directory.resolve("backups/empty-journal"));
        assertEquals(BatchStatus.COMPLETED, backup(set, null).getBatchStatus());
        Files.writeString(journal.resolve("journal.jsonl"), "{\"later\":1}\n");

        JobExecution restore = restore("empty-journal", "files", null, null);

        assertEquals(BatchStatus.COMPLETED, restore.getBatchStatus(), restore.getExitStatus());
        try (Stream<Path> files = Files.list(journal)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aRestoreWithoutPartsOrOfAnUnknownSetFailsNamingTheParameter() {
        assertTrue(restore("nowhere", "timeseries", null, null).getExitStatus().startsWith("Job parameter set names no folder"));
        BackupSet set = new BackupSet(directory.resolve("backups/parts"));
        assertEquals(BatchStatus.COMPLETED, backup(set, null).getBatchStatus());
        assertTrue(restore("parts", "", null, null).getExitStatus().startsWith("Job parameter parts is required"));
        assertTrue(restore("parts", "timeseries,photos", null, null).getExitStatus().contains("unknown part 'photos'"));
        assertTrue(restore("parts", "media", "merge", mediaUrl).getExitStatus().startsWith("Job parameter mediaMode"));
        assertTrue(restore("parts", "media", "replace", mediaUrl).getExitStatus().contains("holds no media metadata"));
    }

    /** Damages the set and answers the reason the restore must give. */
    private String damage(BackupSet set, String damage) throws IOException {
        switch (damage) {
            case "timeseries byte" -> TamperedFiles.flipMiddleByte(set.timeseriesCopy());
            case "media byte" -> TamperedFiles.flipMiddleByte(set.file(BackupSet.mediaTableFile("recordings")));
            case "devices byte" -> TamperedFiles.flipMiddleByte(set.devicesCopy());
            case "missing file" -> Files.delete(set.file(BackupSet.mediaTableFile("ai_analysis")));
            case "extra file" -> Files.writeString(set.file("notes.txt"), "mine");
            case "no manifest" -> Files.delete(set.manifest());
            case "manifest of another set" -> {
                BackupSet other = new BackupSet(directory.resolve("backups/other"));
                assertEquals(BatchStatus.COMPLETED, backup(other, mediaUrl).getBatchStatus());
                Files.copy(other.manifest(), set.manifest(), StandardCopyOption.REPLACE_EXISTING);
                return "sha256 of ";
            }
            case "manifest counts" -> {
                Manifest written = BackupManifest.read(set.manifest());
                StoreContent exported = written.media().orElseThrow();
                Map<String, Long> rows = new HashMap<>(exported.rowCounts());
                rows.put("snapshots", rows.get("snapshots") + 1);
                BackupManifest.write(new Manifest(written.platformVersion(), written.started(), written.ended(),
                        written.timeseries(), Optional.of(new StoreContent(exported.schemaVersion(), rows,
                        exported.columns())), written.parts(), written.sha256()), set.manifest());
                return "holds 2 rows, the manifest says 3";
            }
            default -> throw new IllegalArgumentException(damage);
        }
        return switch (damage) {
            case "missing file" -> "is incomplete";
            case "extra file" -> "does not list: [notes.txt]";
            case "no manifest" -> "has no manifest.json";
            default -> "sha256 of ";
        };
    }

    private JobExecution backup(BackupSet set, String postgresUrl) {
        return backup(set, postgresUrl, "10");
    }

    private JobExecution backup(BackupSet set, String postgresUrl, String keep) {
        var parameters = BatchJobs.parameters(
                "backupDir", set.directory().toString(),
                "timeseriesDb", store.toString(),
                "journalDir", journal.toString(),
                "devicesFile", devices.toString(),
                "netatmoTokenFile", token.toString(),
                "keep", keep);
        if (postgresUrl != null) {
            parameters.setProperty("postgresUrl", postgresUrl);
        }
        return BatchJobs.run("backup", parameters);
    }

    /** A set by its folder name under backups/ (as BACKUP_DIR names it) or its path. */
    private JobExecution restore(String set, String parts, String mediaMode, String postgresUrl) {
        var parameters = BatchJobs.parameters(
                "set", set.contains("/") ? set : directory.resolve("backups").resolve(set).toString(),
                "parts", parts,
                "timeseriesDb", store.toString(),
                "journalDir", journal.toString(),
                "devicesFile", devices.toString(),
                "netatmoTokenFile", token.toString());
        if (mediaMode != null) {
            parameters.setProperty("mediaMode", mediaMode);
        }
        if (postgresUrl != null) {
            parameters.setProperty("postgresUrl", postgresUrl);
        }
        return BatchJobs.run("restore", parameters);
    }

    private static void measure(AtomicLong longest, long start) {
        longest.accumulateAndGet(System.nanoTime() - start, Math::max);
    }

    /** The store as the ingest test writes it: a write that waits longer than the limit for a lock fails. */
    private static DataSource impatient(Path store) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + store);
        dataSource.setJournalMode("WAL");
        dataSource.setSynchronous("FULL");
        dataSource.setBusyTimeout(WAIT_LIMIT_MILLIS);
        return dataSource;
    }

    private static void execute(String sql) {
        try (var connection = media.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static DataSource readOnly(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:file:" + file + "?mode=ro");
        return dataSource;
    }
}
