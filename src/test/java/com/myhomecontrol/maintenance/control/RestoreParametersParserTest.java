package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MediaMode;
import com.myhomecontrol.maintenance.entity.RestoreParameters;
import com.myhomecontrol.maintenance.entity.RestorePart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreParametersParserTest {

    @TempDir
    Path backups;

    private Map<String, String> settings;

    @BeforeEach
    void makeSet() throws IOException {
        Files.createDirectories(backups.resolve("20261201T030000Z"));
        settings = Map.of("BACKUP_DIR", backups.toString());
    }

    @Test
    void aSetIsNamedByItsFolderUnderBackupDirOrByItsPath() {
        var parser = new RestoreParametersParser(new JobEnvironment(settings::get, false));

        RestoreParameters byName = parser.parse("20261201T030000Z", "timeseries, FILES", null, null, null);
        RestoreParameters byPath = parser.parse(backups.resolve("20261201T030000Z").toString(), "timeseries", null, null, null);

        assertEquals(backups.resolve("20261201T030000Z"), byName.set().directory());
        assertEquals(byName.set(), byPath.set());
        assertEquals(Set.of(RestorePart.TIMESERIES, RestorePart.FILES), byName.parts());
    }

    @Test
    void insideTheServerOnlyTheMediaMetadataIsRestored() {
        var parser = new RestoreParametersParser(new JobEnvironment(settings::get, true));

        for (String parts : new String[] {"timeseries", "files", "media,timeseries"}) {
            var failure = assertThrows(JobFailedException.class,
                    () -> parser.parse("20261201T030000Z", parts, "replace", "jdbc:postgresql://localhost/media", null));
            assertTrue(failure.getMessage().contains("only while the server is stopped"), failure.getMessage());
        }
        assertEquals(MediaMode.REPLACE, parser.parse("20261201T030000Z", "media", "REPLACE", "jdbc:postgresql://localhost/media",
                null).mediaMode());
    }

    @Test
    void theMediaPartNeedsADatabaseAndAMode() {
        var parser = new RestoreParametersParser(new JobEnvironment(settings::get, false));

        assertTrue(assertThrows(JobFailedException.class, () -> parser.parse("20261201T030000Z", "media", "empty", null, null))
                .getMessage().contains("no PostgreSQL is configured"));
        assertTrue(assertThrows(JobFailedException.class,
                () -> parser.parse("20261201T030000Z", "media", null, "jdbc:postgresql://localhost/media", null))
                .getMessage().startsWith("Job parameter mediaMode is required"));
    }
}
