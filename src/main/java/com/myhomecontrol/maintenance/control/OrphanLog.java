package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The orphans a chunk step found, one JSON object a line, in a file of the run's work folder.
 * Each chunk's lines are forced to disk before its checkpoint; the checkpoint is the file's length
 * then, and a restarted step cuts the file back to it, so a chunk done again is not listed twice.
 */
public final class OrphanLog implements AutoCloseable {

    private final FileChannel channel;

    private OrphanLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens the log to go on at {@code checkpoint} (its length at the last checkpoint), or empty when null. */
    public static OrphanLog open(Path file, Long checkpoint) {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(checkpoint == null ? 0 : checkpoint);
            channel.position(channel.size());
            return new OrphanLog(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    public void append(List<JsonObject> orphans) {
        StringBuilder lines = new StringBuilder();
        orphans.forEach(orphan -> lines.append(orphan).append('\n'));
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(lines.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the orphans found", e);
        }
    }

    public long length() {
        try {
            return channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each orphan of a log, in the order found; nothing when there is no log. */
    public static void read(Path file, Consumer<JsonObject> orphan) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try (var reader = JsonProviders.JSON.createReader(new StringReader(line))) {
                    orphan.accept(reader.readObject());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
