package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.JobFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces the SQLite store with the copy of a set, while no one uses it: the copy goes into a
 * temporary file beside the store, is synced and checked against the set's sha256, then renamed
 * over the store in one step, so that the store is the old file or the new, never a mix. The old
 * store's -wal and -shm go first: SQLite would otherwise apply the old write-ahead log to the new
 * file.
 */
public final class TimeseriesRestore {

    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private TimeseriesRestore() {
    }

    public static void restore(BackupSet set, String sha256, Path store) {
        Path folder = store.toAbsolutePath().getParent();
        Path temporary = null;
        try (StoreLock lock = StoreLock.exclusive(store)) {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, store.getFileName().toString(), ".restoring");
            Folders.copySynced(set.timeseriesCopy(), temporary);
            String copied = FileChecksums.sha256(temporary);
            if (!copied.equals(sha256)) {
                throw new JobFailedException("The copy of " + set.timeseriesCopy() + " beside the store has sha256 " + copied
                        + ", the set's is " + sha256 + "; the store is as it was");
            }
            for (String companion : COMPANIONS) {
                Files.deleteIfExists(folder.resolve(store.getFileName() + companion));
            }
            Files.move(temporary, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Folders.sync(folder);
        } catch (IOException e) {
            throw new JobFailedException("Cannot restore the time-series store " + store + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new JobFailedException("Cannot delete the temporary file " + temporary + ": " + e.getMessage(), e);
        }
    }
}
