package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupFailedException;
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
        var parser = new BackupParametersParser(Map.of("HOMECONTROL_DATA_DIR", "/srv/home")::get);

        BackupParameters parameters = parser.parse(null, "", null, NOW);

        assertEquals(Path.of("/srv/home/backups/20261201T233000Z"), parameters.set().directory());
        assertEquals(Path.of("/srv/home/timeseries.db"), parameters.timeseriesDb());
        assertEquals(Path.of("/srv/home/backups"), parameters.backupsDirectory());
        assertEquals(7, parameters.keep());
    }

    @Test
    void theStoreDefaultsToTimeseriesDbPath() {
        var parser = new BackupParametersParser(Map.of("TIMESERIES_DB_PATH", "/var/lib/ts.db")::get);

        assertEquals(Path.of("/var/lib/ts.db"), parser.parse(null, null, "2", NOW).timeseriesDb());
    }

    @Test
    void keepBelowOneIsRefusedByName() {
        var parser = new BackupParametersParser(name -> null);

        var failure = assertThrows(BackupFailedException.class, () -> parser.parse(null, null, "0", NOW));

        assertTrue(failure.getMessage().startsWith("Job parameter keep "), failure.getMessage());
    }
}
