package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.media.control.MediaJournal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A consistent copy of the media journal folder while the server may write it, without its lock
 * (which only the server's JVM holds). The server only appends whole lines to journal.jsonl and
 * refused.jsonl and writes every other file once: so those two are copied up to their last
 * newline (a line without one is a write still under way, never acknowledged, which the server
 * itself would set aside at its next start) and the others as they are. The one change that moves
 * a file is the archiving of the journal after a replay; a copy during which the folder's files
 * changed is made again.
 */
public final class JournalCopy {

    private static final Set<String> APPENDED = Set.of(MediaJournal.CURRENT, MediaJournal.REFUSED);
    private static final int ATTEMPTS = 3;

    private JournalCopy() {
    }

    /** Copies {@code journal} into {@code copy}; false when there is no journal folder. */
    public static boolean copy(Path journal, Path copy) {
        if (!Files.isDirectory(journal)) {
            return false;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            createDirectory(copy);
            Map<Path, Object> before = files(journal);
            before.keySet().forEach(file -> copyFile(journal.resolve(file), copy.resolve(file)));
            if (before.equals(files(journal))) {
                return true;
            }
            Folders.delete(copy);
        }
        throw new JobFailedException("The media journal " + journal + " changed during each of " + ATTEMPTS + " copies");
    }

    /** Whether the server appends to the file, so that its copy ends with a whole line. */
    public static boolean isAppended(Path file) {
        return APPENDED.contains(file.getFileName().toString());
    }

    /** The journal lines of a copied file end with a newline, or the file is empty. */
    public static boolean endsWithWholeLine(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.size() == 0 || lastByte(channel) == '\n';
        } catch (IOException e) {
            throw new JobFailedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int lastByte(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1);
        channel.read(buffer, channel.size() - 1);
        return buffer.get(0);
    }

    /** Each file by its path in the folder, with what identifies it on disk (a moved file is another). */
    private static Map<Path, Object> files(Path journal) {
        try (Stream<Path> paths = Files.walk(journal)) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toMap(journal::relativize,
                    JournalCopy::identity, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new JobFailedException("Cannot list the media journal " + journal + ": " + e.getMessage(), e);
        }
    }

    private static Object identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return key != null ? key : attributes.creationTime();
        } catch (IOException e) {
            return "gone";
        }
    }

    private static void copyFile(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            if (!isAppended(source)) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                long length = wholeLines(in);
                for (long done = 0; done < length; ) {
                    done += in.transferTo(done, length - done, out);
                }
            }
        } catch (NoSuchFileException moved) {
            // Archived meanwhile: the listing after the copy differs, and the copy is made again.
        } catch (IOException e) {
            throw new JobFailedException("Cannot copy " + source + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectory(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new JobFailedException("Cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The length up to and with the last newline. */
    private static long wholeLines(FileChannel in) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        for (long end = in.size(); end > 0; ) {
            long start = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            in.read(buffer, start);
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }
}
