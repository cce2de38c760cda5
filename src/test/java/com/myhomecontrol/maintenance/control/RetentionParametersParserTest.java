package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetainedMedia;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionParametersParserTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final long DAY = 86_400;

    @TempDir
    Path data;

    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void createStore() throws IOException {
        Files.createFile(data.resolve("timeseries.db"));
        settings.put("HOMECONTROL_DATA_DIR", data.toString());
    }

    @Test
    void unsetParametersAndSettingsTakeTheDefaults() {
        RetentionParameters parameters = parse(Map.of());

        assertEquals(TimeseriesStoreRef.sqlite(data.resolve("timeseries.db")), parameters.store());
        assertEquals(NOW.getEpochSecond() - 30 * DAY, parameters.rawCutoff());
        assertEquals(NOW.getEpochSecond() - 365 * DAY, parameters.fiveMinuteCutoff());
        assertEquals(NOW.minusSeconds(30 * DAY), parameters.cutoff(RetainedMedia.RECORDING));
        assertEquals(NOW.minusSeconds(90 * DAY), parameters.cutoff(RetainedMedia.SNAPSHOT));
        assertEquals(NOW.minusSeconds(365 * DAY), parameters.cutoff(RetainedMedia.AI_ANALYSIS));
        assertNull(parameters.maxMediaBytes());
        assertFalse(parameters.deleteFiles() || parameters.dryRun() || parameters.vacuum());
        assertEquals(List.of(data.resolve("media")), parameters.mediaRoots());
        assertEquals(RetentionParametersParser.DEFAULT_CHUNK_ROWS, parameters.chunkRows());
        assertNull(parameters.postgresUrl());
    }

    @Test
    void settingsSetTheDefaultsAndJobParametersWinOverThem() {
        settings.putAll(Map.of("RETENTION_RAW_DAYS", "7", "RETENTION_5M_DAYS", "100", "RETENTION_RECORDINGS_DAYS", "3",
                "RETENTION_SNAPSHOTS_DAYS", "4", "RETENTION_AI_DAYS", "5", "RETENTION_MAX_MEDIA_GB", "1.5",
                "RETENTION_DELETE_FILES", "TRUE", "MEDIA_ROOTS", "/srv/a, /srv/b"));

        RetentionParameters fromSettings = parse(Map.of());
        RetentionParameters fromParameters = parse(Map.of("rawDays", "2", "maxMediaGb", "0.25", "deleteFiles", "false",
                "mediaRoots", "/mnt/cameras", "dryRun", "true", "vacuum", "true", "chunkRows", "10"));

        assertEquals(NOW.getEpochSecond() - 7 * DAY, fromSettings.rawCutoff());
        assertEquals(NOW.getEpochSecond() - 100 * DAY, fromSettings.fiveMinuteCutoff());
        assertEquals(NOW.minusSeconds(3 * DAY), fromSettings.cutoff(RetainedMedia.RECORDING));
        assertEquals(NOW.minusSeconds(4 * DAY), fromSettings.cutoff(RetainedMedia.SNAPSHOT));
        assertEquals(NOW.minusSeconds(5 * DAY), fromSettings.cutoff(RetainedMedia.AI_ANALYSIS));
        assertEquals(1_500_000_000L, fromSettings.maxMediaBytes());
        assertTrue(fromSettings.deleteFiles());
        assertEquals(List.of(Path.of("/srv/a"), Path.of("/srv/b")), fromSettings.mediaRoots());
        assertEquals(NOW.getEpochSecond() - 2 * DAY, fromParameters.rawCutoff());
        assertEquals(250_000_000L, fromParameters.maxMediaBytes());
        assertFalse(fromParameters.deleteFiles());
        assertEquals(List.of(Path.of("/mnt/cameras")), fromParameters.mediaRoots());
        assertTrue(fromParameters.dryRun() && fromParameters.vacuum());
        assertEquals(10, fromParameters.chunkRows());
    }

    @ParameterizedTest
    @CsvSource({"rawDays,0", "fiveMinuteDays,abc", "recordingsDays,1.5", "snapshotsDays,-1", "aiDays,99999999999",
            "maxMediaGb,0", "maxMediaGb,-2", "maxMediaGb,lots", "maxMediaGb,1e30", "deleteFiles,yes", "dryRun,1",
            "vacuum,on", "chunkRows,0", "chunkRows,100001"})
    void aBadParameterIsRefusedNamingItAndItsValue(String name, String value) {
        var refusal = assertThrows(JobFailedException.class, () -> parse(Map.of(name, value)));

        assertTrue(refusal.getMessage().contains("Job parameter " + name) && refusal.getMessage().contains("'" + value + "'"),
                refusal.getMessage());
    }

    @Test
    void aBadSettingIsRefusedNamingIt() {
        settings.put("RETENTION_SNAPSHOTS_DAYS", "ninety");

        var refusal = assertThrows(JobFailedException.class, () -> parse(Map.of()));

        assertTrue(refusal.getMessage().contains("RETENTION_SNAPSHOTS_DAYS"), refusal.getMessage());
    }

    @Test
    void aStoreThatIsNoFileAndUnknownParametersAreRefused() {
        var missing = assertThrows(JobFailedException.class, () -> parse(Map.of("timeseriesDb", data.resolve("none.db").toString())));
        var unknown = assertThrows(JobFailedException.class, () -> parse(Map.of("dry_run", "true")));

        assertTrue(missing.getMessage().contains("timeseriesDb"), missing.getMessage());
        assertTrue(unknown.getMessage().contains("[dry_run]"), unknown.getMessage());
    }

    private RetentionParameters parse(Map<String, String> parameters) {
        return new RetentionParametersParser(JobEnvironment.of(settings::get)).parse(parameters, NOW);
    }
}
