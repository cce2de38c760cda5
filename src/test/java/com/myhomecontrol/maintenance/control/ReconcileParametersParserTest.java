package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconcileParametersParserTest {

    @TempDir
    Path data;

    @Test
    void unsetParametersMeanADryRunOfTheConfiguredRootsKeepingFiles() {
        Path disk = data.resolveSibling(data.getFileName() + "-disk");
        ReconcileParameters parameters = parser(Map.of("HOMECONTROL_DATA_DIR", data.toString(),
                "MEDIA_ROOTS", data.resolve("media") + ", " + disk + ","))
                .parse("", null, "", "", " ");

        assertTrue(parameters.dryRun());
        assertFalse(parameters.deleteFiles());
        assertEquals(List.of(data.resolve("media"), disk), parameters.mediaRoots());
        assertEquals(data.resolve("reports"), parameters.reportsDirectory());
        assertEquals(List.of(data.resolve("media/journal"), data.resolve("reports")), parameters.excluded());
        assertNull(parameters.postgresUrl());
    }

    @Test
    void flagsAreTrueOrFalseInAnyCase() {
        ReconcileParameters parameters = parser(Map.of("HOMECONTROL_DATA_DIR", data.toString()))
                .parse("FALSE", " True ", null, null, "jdbc:postgresql://db/media");

        assertFalse(parameters.dryRun());
        assertTrue(parameters.deleteFiles());
        assertEquals(List.of(data.resolve("media")), parameters.mediaRoots());
        assertEquals("jdbc:postgresql://db/media", parameters.postgresUrl());
    }

    @Test
    void aBadFlagIsRefusedNamingIt() {
        var e = assertThrows(JobFailedException.class,
                () -> parser(Map.of("HOMECONTROL_DATA_DIR", data.toString())).parse(null, "yes", null, null, null));

        assertEquals("Job parameter deleteFiles must be true or false, not 'yes'", e.getMessage());
    }

    @Test
    void rootsThatNameNoFolderOrHoldTheDataDirectoryAreRefused() {
        ReconcileParametersParser parser = parser(Map.of("HOMECONTROL_DATA_DIR", data.toString()));

        assertTrue(assertThrows(JobFailedException.class, () -> parser.parse(null, null, " , ", null, null))
                .getMessage().contains("names no folder"));
        assertTrue(assertThrows(JobFailedException.class, () -> parser.parse(null, null, data.getParent().toString(), null, null))
                .getMessage().contains("must not hold the data directory"));
    }

    private static ReconcileParametersParser parser(Map<String, String> settings) {
        return new ReconcileParametersParser(JobEnvironment.of(settings::get));
    }
}
