package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.BackupSummary;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.StoreContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackupRotationTest {

    @TempDir
    Path backups;

    @Test
    void theNewestByTheirManifestStayAndFoldersWithoutOneAreLeftAlone() throws IOException {
        // Names in the opposite order of the starts: the manifest decides, not the name.
        set("a", "2026-12-03T00:00:00Z");
        set("b", "2026-12-02T00:00:00Z");
        set("c", "2026-12-01T00:00:00Z");
        Files.createDirectories(backups.resolve("not-a-set"));
        Path unreadable = Files.createDirectories(backups.resolve("older-format"));
        Files.writeString(unreadable.resolve(BackupSet.MANIFEST_FILE), "{\"format\": 1}");

        List<BackupSet> deleted = BackupRotation.keepNewest(backups, 2);

        assertEquals(List.of(new BackupSet(backups.resolve("c"))), deleted);
        try (Stream<Path> left = Files.list(backups)) {
            assertEquals(List.of("a", "b", "not-a-set", "older-format"), left.map(path -> path.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of("a", "b"), BackupCatalog.list(backups).stream().map(BackupSummary::name).toList(),
                "a set whose manifest cannot be read is not listed, and does not stop the listing");
    }

    private void set(String name, String started) throws IOException {
        BackupSet set = new BackupSet(backups.resolve(name));
        Files.createDirectories(set.directory());
        Files.writeString(set.timeseriesCopy(), name);
        Instant start = Instant.parse(started);
        BackupManifest.write(new Manifest("test", start, start, StoreContent.of("2", Map.of()), Optional.empty(), Map.of(),
                Map.of()), set.manifest());
    }
}
