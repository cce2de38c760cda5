package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.TamperedFiles;
import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.PartOutcome;
import com.myhomecontrol.maintenance.entity.StoreContent;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupVerifierTest {

    @TempDir
    Path directory;

    private BackupSet set;

    @BeforeEach
    void writeSet() throws IOException {
        var store = SqliteFiles.migrated(directory);
        try (TimeseriesWriter writer = SqliteFiles.writer(store)) {
            SqliteFiles.writeReadings(writer, "aircon", 0, 100);
        }
        Path journal = Files.createDirectories(directory.resolve("journal"));
        Files.writeString(journal.resolve("journal.jsonl"), "{\"a\":1}\n");
        Files.writeString(directory.resolve("devices.json"), "{\"tapo_plugs\":[]}");
        set = new BackupSet(directory.resolve("backups/set"));
        new BackupWriter(Clock.systemUTC(), done -> { }).write(new DataLocations(directory.resolve("timeseries.db"), journal,
                directory.resolve("devices.json"), directory.resolve("netatmo-token")), Optional.empty(), set);
    }

    @Test
    void aSetAsWrittenPasses() {
        Manifest manifest = BackupVerifier.verify(set);

        assertEquals(PartOutcome.Status.ABSENT, manifest.outcome(BackupPart.NETATMO_TOKEN).status());
        assertEquals(PartOutcome.Status.SKIPPED, manifest.outcome(BackupPart.MEDIA).status());
        assertEquals(Set.of("timeseries.db", "journal/journal.jsonl", "devices.json"), manifest.sha256().keySet());
    }

    @Test
    void oneChangedByteOfTheCopyFailsWithTheReason() throws IOException {
        TamperedFiles.flipMiddleByte(set.timeseriesCopy());

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().startsWith("sha256 of timeseries.db"), failure.getMessage());
    }

    @Test
    void aMissingFileFailsWithItsName() throws IOException {
        Files.delete(set.devicesCopy());

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().contains("is incomplete: [devices.json] missing"), failure.getMessage());
    }

    @Test
    void aFileTheManifestDoesNotListFailsWithItsName() throws IOException {
        Files.writeString(set.netatmoTokenCopy(), "planted");

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().contains("does not list: [netatmo-token]"), failure.getMessage());
    }

    @Test
    void aManifestWhosePartsDisagreeWithItsFilesFails() {
        Manifest written = BackupManifest.read(set.manifest());
        Map<BackupPart, PartOutcome> parts = new HashMap<>(written.parts());
        parts.put(BackupPart.DEVICES, PartOutcome.absent(directory));
        BackupManifest.write(new Manifest(written.platformVersion(), written.started(), written.ended(), written.timeseries(),
                written.media(), parts, written.sha256()), set.manifest());

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().contains("for the part devices (absent)"), failure.getMessage());
    }

    @Test
    void rowCountsOtherThanTheManifestsFailWithTheReason() {
        Manifest written = BackupManifest.read(set.manifest());
        Map<String, Long> moreRows = new HashMap<>(written.timeseries().rowCounts());
        moreRows.put("energy_timeseries", 101L);
        BackupManifest.write(new Manifest(written.platformVersion(), written.started(), written.ended(),
                StoreContent.of(written.timeseries().schemaVersion(), moreRows), written.media(), written.parts(),
                written.sha256()), set.manifest());

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().startsWith("Row counts of "), failure.getMessage());
    }

    @Test
    void aManifestThatIsNotJsonFailsWithTheReason() throws IOException {
        Files.writeString(set.manifest(), "{\"format\": 2, \"platform_");

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().contains("cannot be read"), failure.getMessage());
    }
}
