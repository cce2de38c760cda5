package com.myhomecontrol.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite creates a missing database file but not its missing folders: this does. And the sizes of a database's files. */
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

    /** The write-ahead log SQLite keeps beside a database in WAL mode. */
    public static Path walOf(Path database) {
        return Path.of(database + "-wal");
    }

    /** The file's size, 0 while it does not exist (a WAL between checkpoints, a store before its first write). */
    public static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
