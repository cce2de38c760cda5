package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupParametersParserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T23:30:00.123Z");

    @Test
    void unsetParametersTakeTheDefaultsOfTheDataFolder() {
        var parser = new BackupParametersParser(JobEnvironment.of(Map.of("HOMECONTROL_DATA_DIR", "/srv/home")::get));

        BackupParameters parameters = parser.parse(null, "", null, NOW);

        assertEquals(Path.of("/srv/home/backups/20261201T233000Z"), parameters.set().directory());
        assertEquals(Path.of("/srv/home/timeseries.db"), parameters.timeseriesDb());
        assertEquals(Path.of("/srv/home/backups"), parameters.backupsDirectory());
        assertEquals(7, parameters.keep());
    }

    @Test
    void theStoreDefaultsToTimeseriesDbPath() {
        var parser = new BackupParametersParser(JobEnvironment.of(Map.of("TIMESERIES_DB_PATH", "/var/lib/ts.db")::get));

        assertEquals(Path.of("/var/lib/ts.db"), parser.parse(null, null, "2", NOW).timeseriesDb());
    }

    @Test
    void backupDirAndBackupKeepSetTheDefaultsOfTheJobParameters() {
        var parser = new BackupParametersParser(JobEnvironment.of(
                Map.of("BACKUP_DIR", "/mnt/nas/home-backups", "BACKUP_KEEP", "30")::get));

        BackupParameters parameters = parser.parse(null, null, null, NOW);

        assertEquals(Path.of("/mnt/nas/home-backups/20261201T233000Z"), parameters.set().directory());
        assertEquals(30, parameters.keep());
        assertEquals(2, parser.parse(null, null, "2", NOW).keep());
    }

    @Test
    void keepBelowOneIsRefusedByName() {
        var parser = new BackupParametersParser(JobEnvironment.of(name -> null));

        var failure = assertThrows(JobFailedException.class, () -> parser.parse(null, null, "0", NOW));

        assertTrue(failure.getMessage().startsWith("Job parameter keep "), failure.getMessage());
    }
}
