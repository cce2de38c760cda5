package com.myhomecontrol.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite creates a missing database file but not its missing folders: this does. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    public static Path ensureParentDirectory(String databasePath) {
        Path file = Path.of(databasePath).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the time-series database " + file, e);
        }
        return file;
    }
}
