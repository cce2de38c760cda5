package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders of the sets and of the data: made owner-only, synced after a rename in them, deleted whole; files copied to disk. */
public final class Folders {

    private Folders() {
    }

    /** Creates the folder readable by its owner only, since a set holds the devices file and the Netatmo token. */
    public static void createOwnerOnly(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions keeps its own rules.
        } catch (IOException e) {
            throw new JobFailedException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Forces a rename or a new file in the folder to disk. */
    public static void sync(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Copies a file and forces the copy to disk. */
    public static void copySynced(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new JobFailedException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
