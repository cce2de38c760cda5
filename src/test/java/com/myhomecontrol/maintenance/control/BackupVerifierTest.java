package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupVerifierTest {

    @TempDir
    Path directory;

    private BackupSet set;

    @BeforeEach
    void writeSet() {
        var store = SqliteFiles.migrated(directory);
        try (TimeseriesWriter writer = SqliteFiles.writer(store)) {
            writer.write(SqliteFiles.readings("aircon", 0, 100), 100);
        }
        set = new BackupSet(directory.resolve("backups/set"));
        new BackupWriter(Clock.systemUTC()).write(directory.resolve("timeseries.db"), set);
    }

    @Test
    void aSetAsWrittenPasses() {
        BackupVerifier.verify(set);
    }

    @Test
    void oneChangedByteOfTheCopyFailsWithTheReason() throws IOException {
        try (RandomAccessFile copy = new RandomAccessFile(set.timeseriesCopy().toFile(), "rw")) {
            long middle = copy.length() / 2;
            copy.seek(middle);
            int original = copy.read();
            copy.seek(middle);
            copy.write(original ^ 0x01);
        }

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().startsWith("sha256 of timeseries.db"), failure.getMessage());
    }

    @Test
    void rowCountsOtherThanTheManifestsFailWithTheReason() {
        Manifest written = BackupManifest.read(set.manifest());
        Map<String, Long> moreRows = new HashMap<>(written.rowCounts());
        moreRows.put("energy_timeseries", 101L);
        BackupManifest.write(new Manifest(written.platformVersion(), written.schemaVersion(), written.started(),
                written.ended(), moreRows, written.sha256()), set.manifest());

        var failure = assertThrows(JobFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().startsWith("Row counts of "), failure.getMessage());
    }
}
