package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Makes a backup set: the copy of the store, then the manifest that describes it. */
public final class BackupWriter {

    private final Clock clock;

    public BackupWriter(Clock clock) {
        this.clock = clock;
    }

    public Manifest write(Path store, BackupSet set) {
        Instant started = clock.instant();
        try {
            Files.createDirectories(set.directory());
        } catch (IOException e) {
            throw new JobFailedException("Cannot create the folder " + set.directory() + ": " + e.getMessage(), e);
        }
        SqliteSnapshot.copy(store, set.timeseriesCopy());
        try (Connection copy = SqliteSnapshot.openReadOnly(set.timeseriesCopy())) {
            Manifest manifest = new Manifest(PlatformVersion.current(), SqliteSnapshot.schemaVersion(copy), started,
                    clock.instant(), SqliteSnapshot.rowCounts(copy),
                    Map.of(BackupSet.TIMESERIES_FILE, FileChecksums.sha256(set.timeseriesCopy())));
            BackupManifest.write(manifest, set.manifest());
            return manifest;
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read the copy " + set.timeseriesCopy() + ": " + e.getMessage(), e);
        }
    }
}
