package com.myhomecontrol.media.control;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What a journal file holds when it is opened: its readable entries, and the lines that are
 * not, by line number, with the reasons. A last line without its newline was cut short while
 * being written, so it was never acknowledged: it is unreadable even if its JSON happens to parse.
 * Lines are read as ISO-8859-1, one character a byte, so that a line that is not UTF-8 (a write
 * cut inside a character) is set aside byte for byte instead of failing the whole file.
 */
record JournalRecovery(List<JournalEntry> entries, Map<Long, String> unreadable, List<String> reasons) {

    static JournalRecovery of(Path file) throws IOException {
        var recovery = new JournalRecovery(new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>());
        if (!Files.exists(file)) {
            return recovery;
        }
        boolean endsWithNewline = endsWithNewline(file);
        try (BufferedReader reader = Files.newBufferedReader(file, ISO_8859_1)) {
            long number = 0;
            String line = reader.readLine();
            while (line != null) {
                String next = reader.readLine();
                number++;
                if (next == null && !endsWithNewline) {
                    recovery.setAside(number, line, "line " + number + " ends without a newline (a write cut short)");
                } else {
                    recovery.read(number, line);
                }
                line = next;
            }
        }
        return recovery;
    }

    private void read(long number, String line) {
        try {
            entries.add(JournalCodec.entry(UTF_8.newDecoder().decode(ByteBuffer.wrap(line.getBytes(ISO_8859_1))).toString()));
        } catch (CharacterCodingException e) {
            setAside(number, line, "line " + number + " is not UTF-8: " + e);
        } catch (RuntimeException e) {
            setAside(number, line, "line " + number + " is not a journal entry: " + e.getMessage());
        }
    }

    private void setAside(long number, String line, String reason) {
        unreadable.put(number, line);
        reasons.add(reason);
    }

    /** Writes the unreadable lines to {@code aside}, as they were in the journal. */
    void writeUnreadable(Path aside) throws IOException {
        Files.write(aside, unreadable.values(), ISO_8859_1);
    }

    /** Replaces the file, atomically, by its readable lines. */
    void rewriteWithout(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".recovering");
        try (BufferedReader reader = Files.newBufferedReader(file, ISO_8859_1);
             BufferedWriter writer = Files.newBufferedWriter(temporary, ISO_8859_1)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!unreadable.containsKey(++number)) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile random = new RandomAccessFile(file.toFile(), "r")) {
            if (random.length() == 0) {
                return true;
            }
            random.seek(random.length() - 1);
            return random.read() == '\n';
        }
    }
}
