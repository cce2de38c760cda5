package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.platform.control.SecretFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts back the files a set holds: the devices file and the Netatmo token (each replaced
 * atomically, owner-only, as the server writes them) and the journal folder (copied beside the
 * current one, synced, then swapped with it by two renames). A file the set does not hold (it
 * was absent at the backup) leaves the current one alone.
 */
public final class FilesRestore {

    private final Clock clock;

    public FilesRestore(Clock clock) {
        this.clock = clock;
    }

    /** Answers the parts restored. */
    public List<BackupPart> restore(BackupSet set, Manifest manifest, DataLocations targets) {
        List<BackupPart> restored = new ArrayList<>();
        if (manifest.outcome(BackupPart.DEVICES).isCopied()) {
            secret(set.devicesCopy(), targets.devicesFile());
            restored.add(BackupPart.DEVICES);
        }
        if (manifest.outcome(BackupPart.NETATMO_TOKEN).isCopied()) {
            secret(set.netatmoTokenCopy(), targets.netatmoTokenFile());
            restored.add(BackupPart.NETATMO_TOKEN);
        }
        if (manifest.outcome(BackupPart.JOURNAL).isCopied()) {
            journal(set.journalCopy(), targets.journalDirectory());
            restored.add(BackupPart.JOURNAL);
        }
        return restored;
    }

    private static void secret(Path copy, Path file) {
        try {
            SecretFiles.write(file, Files.readString(copy, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JobFailedException("Cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    private void journal(Path copy, Path journal) {
        Path parent = journal.toAbsolutePath().getParent();
        String stamp = clock.instant().toString().replace(":", "");
        Path incoming = parent.resolve(journal.getFileName() + ".restoring-" + stamp);
        Path replaced = parent.resolve(journal.getFileName() + ".replaced-" + stamp);
        try {
            Files.createDirectories(incoming);
            // A journal folder without files has no entry in the manifest: nothing checks it is still in the set.
            try (Stream<Path> files = Files.exists(copy) ? Files.walk(copy) : Stream.empty()) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = incoming.resolve(copy.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Folders.copySynced(file, target);
                }
            }
            if (Files.exists(journal)) {
                Files.move(journal, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, journal, StandardCopyOption.ATOMIC_MOVE);
            Folders.sync(parent);
            Folders.delete(replaced);
        } catch (IOException e) {
            Folders.delete(incoming);
            throw new JobFailedException("Cannot restore the media journal " + journal + ": " + e.getMessage(), e);
        }
    }
}
