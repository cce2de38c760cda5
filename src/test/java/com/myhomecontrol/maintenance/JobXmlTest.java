package com.myhomecontrol.maintenance;

import com.myhomecontrol.maintenance.boundary.BatchArtifacts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobXmlTest {

    @Test
    void everyJobNamesOnlyArtifactsThatExist() throws Exception {
        Set<String> artifacts = BatchArtifacts.named().keySet();
        List<String> missing = new ArrayList<>();
        List<Path> jobs;
        try (Stream<Path> files = Files.list(Path.of("batch-jobs"))) {
            jobs = files.filter(file -> file.toString().endsWith(".xml")).toList();
        }
        assertFalse(jobs.isEmpty());
        for (Path job : jobs) {
            NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(job.toFile())
                    .getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                String ref = ((Element) elements.item(i)).getAttribute("ref");
                if (!ref.isEmpty() && !artifacts.contains(ref)) {
                    missing.add(job.getFileName() + ": " + ref);
                }
            }
        }
        assertEquals(List.of(), missing, "artifacts: " + artifacts);
    }

    /** The listener drops a job's progress when it ends, which the jobs API would otherwise show for ever. */
    @Test
    void everyJobListsTheJobEndListener() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("batch-jobs"))) {
            for (Path job : files.filter(file -> file.toString().endsWith(".xml")).toList()) {
                NodeList listeners = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(job.toFile())
                        .getDocumentElement().getElementsByTagName("listener");
                boolean listed = false;
                for (int i = 0; i < listeners.getLength(); i++) {
                    listed |= ((Element) listeners.item(i)).getAttribute("ref").equals("jobEnd");
                }
                assertTrue(listed, job + " lists the listener jobEnd");
            }
        }
    }
}
