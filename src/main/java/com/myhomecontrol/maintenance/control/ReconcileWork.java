package com.myhomecontrol.maintenance.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The work folder of a reconcile run: the orphan log of each scanning step, named after the step
 * ({@code rows.jsonl}, {@code files.jsonl}), kept until the run's report is written.
 */
public record ReconcileWork(Path folder) {

    public static final String ROWS = "rows";
    public static final String FILES = "files";

    /** Empties the folder, or makes it: one left by an earlier server's run of the same instance id is stale. */
    public void start() {
        remove();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the work folder " + folder, e);
        }
    }

    public Path log(String step) {
        return folder.resolve(step + ".jsonl");
    }

    public boolean exists() {
        return Files.isDirectory(folder);
    }

    public void remove() {
        try {
            for (String step : List.of(ROWS, FILES)) {
                Files.deleteIfExists(log(step));
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the work folder " + folder, e);
        }
    }
}
