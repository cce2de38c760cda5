package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.BackupSummary;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.StoreContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The backup sets of a backups folder, newest first, as their manifests and verifications describe
 * them; a set whose manifest cannot be read is left out, with a warning in the log.
 */
public final class BackupCatalog {

    private BackupCatalog() {
    }

    public static List<BackupSummary> list(Path backupsDirectory) {
        if (!Files.isDirectory(backupsDirectory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(backupsDirectory)) {
            return children.map(BackupSet::new).filter(set -> Files.isRegularFile(set.manifest()))
                    .flatMap(set -> BackupManifest.readable(set.manifest()).map(manifest -> summary(set, manifest)).stream())
                    .sorted(Comparator.comparing(BackupSummary::started).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backup sets in " + backupsDirectory, e);
        }
    }

    private static BackupSummary summary(BackupSet set, Manifest manifest) {
        Map<String, String> parts = new TreeMap<>();
        manifest.parts().forEach((part, outcome) -> parts.put(part.label(), outcome.status().label()));
        StoreContent timeseries = manifest.timeseries();
        return new BackupSummary(set.directory().getFileName().toString(), set.directory().toString(),
                manifest.started(), manifest.ended(), size(set.directory()), manifest.platformVersion(),
                timeseries.schemaVersion(), timeseries.rowCounts(),
                manifest.media().map(StoreContent::schemaVersion).orElse(null),
                manifest.media().map(StoreContent::rowCounts).orElse(null), parts,
                BackupVerifications.of(set).orElse(null));
    }

    static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + directory, e);
        }
    }
}
