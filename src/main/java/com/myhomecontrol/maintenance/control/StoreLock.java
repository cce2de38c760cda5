package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that no other program has the SQLite store open, held while the store is replaced. Every
 * open SQLite connection to a database in WAL mode holds a shared lock on the database file's
 * lock bytes (512 bytes from offset 2^30, which SQLite never uses for data); this takes an
 * exclusive lock on them, as SQLite itself would to write without WAL. It fails while the server,
 * a job of it, or a sqlite3 shell has the store open, and, unlike a marker file, cannot be left
 * behind by a server that was killed: the operating system drops a process's locks with it.
 * The locks are POSIX locks, which a process never conflicts with itself on (and which closing any
 * channel to the file releases): only a JVM without connections to the store, such as the offline
 * command, may take this.
 */
public final class StoreLock implements AutoCloseable {

    private static final long LOCK_BYTES = 1L << 30;
    private static final long LOCK_LENGTH = 512;

    private final FileChannel channel;

    private StoreLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock of the store; a store that does not exist yet has no one using it, and gets an empty lock. */
    public static StoreLock exclusive(Path store) {
        if (!Files.exists(store)) {
            return new StoreLock(null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCK_BYTES, LOCK_LENGTH, false);
            if (lock == null) {
                throw new JobFailedException("The time-series store " + store + " is in use (the server, or another"
                        + " program, has it open): stop the server before restoring it");
            }
            return new StoreLock(channel);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new JobFailedException("The time-series store " + store + " is being restored already", e);
        } catch (IOException e) {
            close(channel);
            throw new JobFailedException("Cannot lock the time-series store " + store + ": " + e.getMessage(), e);
        } catch (JobFailedException e) {
            close(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new JobFailedException("Cannot release the lock of the time-series store: " + e.getMessage(), e);
        }
    }
}
