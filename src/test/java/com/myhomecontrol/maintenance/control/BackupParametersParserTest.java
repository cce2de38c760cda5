package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupParametersParserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T23:30:00.123Z");

    @Test
    void unsetParametersTakeTheDefaultsOfTheDataFolder() {
        JobEnvironment environment = JobEnvironment.of(Map.of("HOMECONTROL_DATA_DIR", "/srv/home")::get);
        var parser = new BackupParametersParser(environment);

        BackupParameters parameters = parser.parse(null, null, "", environment.locations(null, "", null, null), NOW);

        assertEquals(Path.of("/srv/home/backups/20261201T233000Z"), parameters.set().directory());
        assertEquals(new DataLocations(Path.of("/srv/home/timeseries.db"), Path.of("/srv/home/media/journal"),
                Path.of("/srv/home/devices.json"), Path.of("/srv/home/netatmo-token")), parameters.sources());
        assertEquals(Path.of("/srv/home/backups"), parameters.backupsDirectory());
        assertEquals(7, parameters.keep());
        assertNull(parameters.postgresUrl());
    }

    @Test
    void theSettingsOfThePlatformNameTheDataAndJobParametersWin() {
        JobEnvironment environment = JobEnvironment.of(Map.of("TIMESERIES_DB_PATH", "/var/lib/ts.db",
                "MEDIA_JOURNAL_DIR", "/var/lib/journal", "DEVICES_FILE", "/etc/home/devices.json",
                "NETATMO_TOKEN_FILE", "/etc/home/netatmo-token")::get);

        assertEquals(new DataLocations(Path.of("/var/lib/ts.db"), Path.of("/var/lib/journal"),
                Path.of("/etc/home/devices.json"), Path.of("/etc/home/netatmo-token")),
                environment.locations(null, null, null, null));
        assertEquals(new DataLocations(Path.of("/t.db"), Path.of("/j"), Path.of("/d.json"), Path.of("/token")),
                environment.locations("/t.db", "/j", "/d.json", "/token"));
    }

    @Test
    void backupDirAndBackupKeepSetTheDefaultsOfTheJobParameters() {
        JobEnvironment environment = JobEnvironment.of(Map.of("BACKUP_DIR", "/mnt/nas/home-backups", "BACKUP_KEEP", "30")::get);
        var parser = new BackupParametersParser(environment);
        DataLocations sources = environment.locations(null, null, null, null);

        BackupParameters parameters = parser.parse(null, null, null, sources, NOW);

        assertEquals(Path.of("/mnt/nas/home-backups/20261201T233000Z"), parameters.set().directory());
        assertEquals(30, parameters.keep());
        assertEquals(2, parser.parse(null, "2", null, sources, NOW).keep());
    }

    @Test
    void keepBelowOneIsRefusedByName() {
        var parser = new BackupParametersParser(JobEnvironment.of(name -> null));

        var failure = assertThrows(JobFailedException.class, () -> parser.parse(null, "0", null, null, NOW));

        assertTrue(failure.getMessage().startsWith("Job parameter keep "), failure.getMessage());
    }

    @Test
    void aPostgresUrlOfAnotherKindIsRefusedByName() {
        var parser = new BackupParametersParser(JobEnvironment.of(name -> null));

        var failure = assertThrows(JobFailedException.class, () -> parser.parse(null, null, "jdbc:mysql://x/y", null, NOW));

        assertTrue(failure.getMessage().startsWith("Job parameter postgresUrl "), failure.getMessage());
        assertEquals("jdbc:postgresql://h/db", parser.parse(null, null, " jdbc:postgresql://h/db ", null, NOW).postgresUrl());
    }
}
