package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.MediaFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The regular files under the media roots in a stable order, so that a walk can go on after the
 * last file a checkpoint names: root by root, each folder's entries by name, depth first. That is
 * the order of the paths compared name by name ({@link #ORDER} within a root). Symbolic links are
 * not followed and never listed, nor are hidden entries (a name starting with "."; uploads in
 * progress often are) and the excluded folders. A root that does not exist (an unmounted disk)
 * has no files.
 */
public final class MediaFileWalk implements Iterator<MediaFile> {

    /** Within one root: name by name, as the walk meets them. */
    static final Comparator<Path> ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
            int names = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (names != 0) {
                return names;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    private final List<Path> roots;
    private final List<Path> excluded;
    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
    private int nextRoot;
    private MediaFile next;

    private MediaFileWalk(List<Path> roots, List<Path> excluded) {
        this.roots = distinct(roots);
        this.excluded = excluded;
    }

    public static MediaFileWalk of(List<Path> roots, List<Path> excluded) {
        return new MediaFileWalk(roots, excluded);
    }

    /** The walk after {@code last} (a file an earlier walk listed, which may be gone since), or from the start when null. */
    public static MediaFileWalk after(List<Path> roots, List<Path> excluded, Path last) {
        MediaFileWalk walk = of(roots, excluded);
        if (last != null) {
            walk.skipTo(last);
        }
        return walk;
    }

    public static long count(List<Path> roots, List<Path> excluded) {
        long files = 0;
        for (MediaFileWalk walk = of(roots, excluded); walk.hasNext(); walk.next()) {
            files++;
        }
        return files;
    }

    /** The roots that do not exist as folders. */
    public static List<Path> missing(List<Path> roots) {
        return roots.stream().filter(root -> !Files.isDirectory(root)).toList();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (folders.isEmpty()) {
                if (nextRoot == roots.size()) {
                    return false;
                }
                Path root = roots.get(nextRoot++);
                if (Files.isDirectory(root)) {
                    enter(root);
                }
            } else if (folders.peek().hasNext()) {
                visit(folders.peek().next());
            } else {
                folders.pop();
            }
        }
        return true;
    }

    @Override
    public MediaFile next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MediaFile file = next;
        next = null;
        return file;
    }

    private void skipTo(Path last) {
        int root = rootOf(last);
        if (root < 0) {
            return;
        }
        nextRoot = root;
        Path within = roots.get(root).relativize(last);
        while (hasNext()) {
            if (rootOf(next.path()) > root || ORDER.compare(roots.get(root).relativize(next.path()), within) > 0) {
                return;
            }
            next = null;
        }
    }

    private int rootOf(Path file) {
        for (int i = 0; i < roots.size(); i++) {
            if (file.startsWith(roots.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void visit(Path entry) {
        if (entry.getFileName().toString().startsWith(".") || excluded.contains(entry)) {
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // deleted since the folder was listed
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry, e);
        }
        if (attributes.isDirectory()) {
            enter(entry);
        } else if (attributes.isRegularFile()) {
            next = new MediaFile(entry, attributes.size(), attributes.lastModifiedTime().toInstant());
        }
    }

    private void enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        folders.push(entries.iterator());
    }

    /** Absolute, normalized, each once; a root inside another is walked as part of it. */
    private static List<Path> distinct(List<Path> roots) {
        List<Path> normalized = roots.stream().map(root -> root.toAbsolutePath().normalize()).distinct().toList();
        return normalized.stream().filter(root -> normalized.stream().noneMatch(other -> !other.equals(root) && root.startsWith(other)))
                .toList();
    }
}
