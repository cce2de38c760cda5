package com.myhomecontrol.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folders the tests and benchmarks make and remove. */
public final class Folders {

    private Folders() {
    }

    /** Removes the folder with all it holds; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        }
    }

    /** Copies the folder with all it holds over {@code to}, replacing files there. */
    public static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, path -> true);
    }

    /** As {@link #copyTree(Path, Path)}, leaving out what {@code kept} refuses (paths relative to {@code from}) and all under it. */
    public static void copyTree(Path from, Path to, Predicate<Path> kept) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (!isKept(relative, kept)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean isKept(Path relative, Predicate<Path> kept) {
        for (Path part = relative; part != null; part = part.getParent()) {
            if (!kept.test(part)) {
                return false;
            }
        }
        return true;
    }
}
