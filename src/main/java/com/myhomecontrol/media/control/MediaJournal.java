package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.control.JsonProviders;
import com.myhomecontrol.platform.entity.StoreUnavailableException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The append-only JSONL file of media writes: one entry a line, written and fsynced before the
 * write is acknowledged. At opening, a last line without its newline (a write cut short by a
 * crash, never acknowledged) and any line that cannot be read are moved to a file of their own
 * and reported, so that what remains is a clean sequence of whole entries.
 */
public class MediaJournal implements AutoCloseable {

    /** The files appended to while the server runs; the others of the folder are written once. */
    public static final String CURRENT = "journal.jsonl";
    public static final String REFUSED = "refused.jsonl";
    private static final Logger LOG = Logger.getLogger(MediaJournal.class.getName());

    private final Path directory;
    private final Path file;
    private FileChannel channel;
    private long entries;
    private final long unreadable;

    private MediaJournal(Path directory, long entries, long unreadable) {
        this.directory = directory;
        this.file = directory.resolve(CURRENT);
        this.entries = entries;
        this.unreadable = unreadable;
    }

    /** Opens the journal in {@code directory}, recovering it as described above; each entry kept goes to {@code recovered}. */
    public static MediaJournal open(Path directory, Consumer<JournalEntry> recovered) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(CURRENT);
            JournalRecovery recovery = JournalRecovery.of(file);
            if (!recovery.unreadable().isEmpty()) {
                Path aside = directory.resolve("unreadable-" + stamp() + ".jsonl");
                recovery.writeUnreadable(aside);
                recovery.rewriteWithout(file);
                fsync(directory);
                LOG.warning(() -> recovery.unreadable().size() + " unreadable journal line(s) set aside in " + aside
                        + " (a last line cut short by a crash was never acknowledged): " + recovery.reasons());
            }
            recovery.entries().forEach(recovered);
            return new MediaJournal(directory, recovery.entries().size(), recovery.unreadable().size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the media journal in " + directory, e);
        }
    }

    /** Writes the entry and forces it to disk; if that fails, the journal is left as it was and the write is refused. */
    public synchronized void append(JournalEntry entry) {
        byte[] line = (JournalCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel out = channel();
            long before = out.size();
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(false);
            } catch (IOException e) {
                out.truncate(before);
                throw e;
            }
            entries++;
        } catch (IOException e) {
            throw new StoreUnavailableException("The media journal " + file + " cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The entries from number {@code skip} on, {@code chunk} at a time, in the order they were written. */
    public void read(long skip, int chunk, Consumer<List<JournalEntry>> consumer) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<JournalEntry> batch = new ArrayList<>(chunk);
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (number++ < skip) {
                    continue;
                }
                batch.add(JournalCodec.entry(line));
                if (batch.size() == chunk) {
                    consumer.accept(batch);
                    batch = new ArrayList<>(chunk);
                }
            }
            if (!batch.isEmpty()) {
                consumer.accept(batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the media journal " + file, e);
        }
    }

    /** Moves the replayed journal into archive/; the next write starts a new one. */
    public synchronized Path archive() {
        try {
            close();
            Path archive = Files.createDirectories(directory.resolve("archive")).resolve("journal-" + stamp() + ".jsonl");
            Files.move(file, archive, StandardCopyOption.ATOMIC_MOVE);
            fsync(directory);
            fsync(archive.getParent());
            entries = 0;
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive the media journal " + file, e);
        }
    }

    /** Keeps entries that could not be replayed, with the reason, beside the journal. */
    public synchronized void setAside(JournalEntry entry, String reason) {
        String line = "{\"reason\":" + JsonProviders.JSON.createValue(reason) + ",\"entry\":" + JournalCodec.line(entry) + "}\n";
        try {
            Path refused = directory.resolve(REFUSED);
            Files.writeString(refused, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a refused journal entry beside " + file, e);
        }
    }

    public synchronized long entries() {
        return entries;
    }

    /** Lines set aside at opening because they could not be read. */
    public long unreadableLines() {
        return unreadable;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            if (created) {
                fsync(directory);
            }
        }
        return channel;
    }

    private static void fsync(Path directory) throws IOException {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        }
    }

    private static String stamp() {
        return Instant.now().toString().replace(":", "");
    }
}
