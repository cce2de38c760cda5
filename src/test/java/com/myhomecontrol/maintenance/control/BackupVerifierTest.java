package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupFailedException;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;

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

        var failure = assertThrows(BackupFailedException.class, () -> BackupVerifier.verify(set));

        assertTrue(failure.getMessage().startsWith("sha256 of timeseries.db"), failure.getMessage());
    }
}
