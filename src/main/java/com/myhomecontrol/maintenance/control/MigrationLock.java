package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Held while a migration changes the schemas, so that a backup started meanwhile is refused: a
 * file beside the time-series store (every job knows the store; the tests' stores are their own),
 * locked by the operating system while held, so that a file left behind by a process that died
 * refuses nothing. Locks of this JVM are also kept in memory: the JDK may release a file's lock
 * when any other channel on that file is closed, so a check must not open one.
 */
public final class MigrationLock implements AutoCloseable {

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path file(Path timeseriesStore) {
        Path store = timeseriesStore.toAbsolutePath().normalize();
        return store.resolveSibling(store.getFileName() + ".migration-lock");
    }

    /** Takes the lock, or fails when another migration of the store holds it. */
    public static MigrationLock acquire(Path timeseriesStore) {
        Path file = file(timeseriesStore);
        if (!HELD_HERE.add(file)) {
            throw held(timeseriesStore, file);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw held(timeseriesStore, file);
            }
            return new MigrationLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            throw e instanceof JobFailedException failed ? failed
                    : new JobFailedException("Cannot take the migration lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fails, naming {@code refused} and the reason, while a migration of the store runs. */
    public static void refuseWhileHeld(Path timeseriesStore, String refused) {
        Path file = file(timeseriesStore);
        boolean held = HELD_HERE.contains(file) || lockedByAnotherProcess(file);
        if (held) {
            throw new JobFailedException(refused + " is refused while a migration of " + timeseriesStore
                    + " runs (it holds " + file + "); start it again once the migration has ended");
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new JobFailedException("Cannot release the migration lock " + file + ": " + e.getMessage(), e);
        } finally {
            HELD_HERE.remove(file);
        }
    }

    private static boolean lockedByAnotherProcess(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new JobFailedException("Cannot check the migration lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static JobFailedException held(Path timeseriesStore, Path file) {
        return new JobFailedException("Another migration of " + timeseriesStore + " runs (it holds " + file + ")");
    }
}
