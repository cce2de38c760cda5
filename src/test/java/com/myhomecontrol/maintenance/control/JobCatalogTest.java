package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobCatalogTest {

    @Test
    void theCatalogHasEveryJobOfBatchJobsAndNoOther() throws IOException {
        Set<String> xml;
        try (Stream<Path> files = Files.list(Path.of("batch-jobs"))) {
            xml = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".xml"))
                    .map(name -> name.substring(0, name.length() - ".xml".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(xml, JobCatalog.JOBS.stream().map(JobDefinition::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aJobThatReadsItsParametersFromTheJobOperatorNamesThemItself() {
        assertEquals(RetentionParametersParser.NAMES, JobCatalog.find("retention").orElseThrow().parameterNames().orElseThrow());
        assertTrue(JobXml.parameterNames("retention").isEmpty());
    }

    @Test
    void theParametersOfAJobAreTheOnesItsXmlRefersTo() {
        assertEquals(Set.of("backupDir", "timeseriesDb", "journalDir", "devicesFile", "netatmoTokenFile", "postgresUrl", "keep"),
                JobXml.parameterNames("backup"));
    }
}
