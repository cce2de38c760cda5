package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the newest sets of a backups folder and deletes the others. A set is a sub-folder with a
 * manifest; its age is the manifest's start, so that sets with names of any kind rotate alike.
 * Folders without a manifest, or with one this platform cannot read, are left alone: they are not
 * ours, a run that failed, or a set for someone to look at.
 */
public final class BackupRotation {

    private BackupRotation() {
    }

    /** Answers the sets deleted. */
    public static List<BackupSet> keepNewest(Path backupsDirectory, int keep) {
        Map<BackupSet, Instant> started = new HashMap<>();
        for (BackupSet set : sets(backupsDirectory)) {
            BackupManifest.readable(set.manifest()).ifPresent(manifest -> started.put(set, manifest.started()));
        }
        List<BackupSet> older = started.keySet().stream()
                .sorted(Comparator.comparing(started::get).reversed())
                .skip(keep)
                .toList();
        older.forEach(set -> {
            Folders.delete(set.directory());
            BackupVerifications.forget(set);
        });
        return older;
    }

    private static List<BackupSet> sets(Path backupsDirectory) {
        try (Stream<Path> children = Files.list(backupsDirectory)) {
            return children.map(BackupSet::new).filter(set -> Files.isRegularFile(set.manifest())).toList();
        } catch (IOException e) {
            throw new JobFailedException("Cannot list " + backupsDirectory + ": " + e.getMessage(), e);
        }
    }
}
