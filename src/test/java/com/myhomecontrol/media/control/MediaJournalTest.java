package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.myhomecontrol.media.control.MediaSamples.T;
import static com.myhomecontrol.media.control.MediaSamples.analysis;
import static com.myhomecontrol.media.control.MediaSamples.recording;
import static com.myhomecontrol.media.control.MediaSamples.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaJournalTest {

    private static final MediumKey CAR = new MediumKey(MediaKind.RECORDING, "car");

    @TempDir
    Path directory;

    @Test
    void reopeningGivesEveryEntryInOrder() throws IOException {
        List<JournalEntry> written = entries(7);
        try (MediaJournal journal = MediaJournal.open(directory, entry -> { })) {
            written.forEach(journal::append);
            assertEquals(7, journal.entries());
        }

        List<JournalEntry> recovered = new ArrayList<>();
        try (MediaJournal journal = MediaJournal.open(directory, recovered::add)) {
            assertEquals(written, recovered);
            assertEquals(7, journal.entries());
            assertEquals(0, journal.unreadableLines());
        }
        assertEquals(List.of(), unreadableFiles());
    }

    @Test
    void aLastLineCutShortIsSetAsideAndTheWholeEntriesKept() throws IOException {
        List<JournalEntry> written = entries(3);
        written.forEach(entry -> append(entry));
        byte[] torn = Arrays.copyOf(line(entries(4).get(3)), line(entries(4).get(3)).length / 2);
        Files.write(journalFile(), torn, StandardOpenOption.APPEND);

        assertRecovered(written, torn);
    }

    @Test
    void aLastLineThatParsesButLacksItsNewlineWasNeverAcknowledged() throws IOException {
        List<JournalEntry> written = entries(2);
        written.forEach(entry -> append(entry));
        byte[] whole = line(entries(3).get(2));
        byte[] withoutNewline = Arrays.copyOf(whole, whole.length - 1);
        Files.write(journalFile(), withoutNewline, StandardOpenOption.APPEND);

        assertRecovered(written, withoutNewline);
    }

    @Test
    void aWriteCutInsideAMultiByteCharacterIsSetAsideToo() throws IOException {
        var camera = new JournalEntry.Upsert(List.of(recording("caméra-🎥", "cam-é", T)));
        List<JournalEntry> written = entries(2);
        written.forEach(entry -> append(entry));
        byte[] whole = line(camera);
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.substring(0, text.indexOf('🎥')).getBytes(StandardCharsets.UTF_8).length + 2;
        byte[] torn = Arrays.copyOf(whole, cut);
        Files.write(journalFile(), torn, StandardOpenOption.APPEND);

        assertRecovered(written, torn);
    }

    @Test
    void anUnparsableLineInTheMiddleIsSetAside() throws IOException {
        List<JournalEntry> written = entries(4);
        append(written.get(0));
        append(written.get(1));
        byte[] garbage = "{\"op\":\"upsert\",\"media_type\":\"recording\",\"items\":[{\"recording_id\"".getBytes(StandardCharsets.UTF_8);
        Files.write(journalFile(), garbage, StandardOpenOption.APPEND);
        Files.write(journalFile(), new byte[] {'\n'}, StandardOpenOption.APPEND);
        append(written.get(2));
        append(written.get(3));

        assertRecovered(written, garbage);
    }

    @Test
    void aLineOfAnotherShapeInTheMiddleIsSetAside() throws IOException {
        List<JournalEntry> written = entries(2);
        append(written.get(0));
        byte[] foreign = "{\"op\":\"rename\",\"media_type\":\"recording\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(journalFile(), foreign, StandardOpenOption.APPEND);
        Files.write(journalFile(), new byte[] {'\n'}, StandardOpenOption.APPEND);
        append(written.get(1));

        assertRecovered(written, foreign);
    }

    @Test
    void archivingMovesTheFileAndStartsAnEmptyJournal() throws IOException {
        List<JournalEntry> written = entries(5);
        Path archived;
        try (MediaJournal journal = MediaJournal.open(directory, entry -> { })) {
            written.forEach(journal::append);
            byte[] content = Files.readAllBytes(journal.file());

            archived = journal.archive();

            assertEquals(directory.resolve("archive"), archived.getParent());
            assertArrayEquals(content, Files.readAllBytes(archived));
            assertFalse(Files.exists(journal.file()));
            assertEquals(0, journal.entries());
            List<JournalEntry> none = new ArrayList<>();
            journal.read(0, 10, none::addAll);
            assertEquals(List.of(), none);

            journal.append(written.get(0));
            assertEquals(1, journal.entries());
        }
        List<JournalEntry> recovered = new ArrayList<>();
        try (MediaJournal journal = MediaJournal.open(directory, recovered::add)) {
            assertEquals(List.of(written.get(0)), recovered);
        }
    }

    @Test
    void theJournalStoreForgetsItsMediaWhenArchived() {
        JournalMediaStore store = JournalMediaStore.open(directory);
        store.upsert(List.of(recording("car", "cam-1", T)));

        store.archive();

        assertTrue(store.find(CAR).isEmpty());
        assertEquals(0, store.journal().entries());
        assertTrue(JournalMediaStore.open(directory).find(CAR).isEmpty());
    }

    @Test
    void readsFromAnyEntryInChunks() throws IOException {
        List<JournalEntry> written = entries(10);
        try (MediaJournal journal = MediaJournal.open(directory, entry -> { })) {
            written.forEach(journal::append);

            List<List<JournalEntry>> chunks = new ArrayList<>();
            journal.read(3, 4, chunks::add);
            assertEquals(List.of(written.subList(3, 7), written.subList(7, 10)), chunks);

            chunks.clear();
            journal.read(0, 5, chunks::add);
            assertEquals(List.of(written.subList(0, 5), written.subList(5, 10)), chunks);

            chunks.clear();
            journal.read(10, 5, chunks::add);
            assertEquals(List.of(), chunks);

            chunks.clear();
            journal.read(9, 1, chunks::add);
            assertEquals(List.of(written.subList(9, 10)), chunks);
        }
    }

    /** Reopening keeps the whole entries, reports one unreadable line and keeps its bytes beside the journal. */
    private void assertRecovered(List<JournalEntry> written, byte[] unreadable) throws IOException {
        List<JournalEntry> recovered = new ArrayList<>();
        try (MediaJournal journal = MediaJournal.open(directory, recovered::add)) {
            assertEquals(written, recovered);
            assertEquals(written.size(), journal.entries());
            assertEquals(1, journal.unreadableLines());
            List<Path> aside = unreadableFiles();
            assertEquals(1, aside.size(), "one file of unreadable lines: " + aside);
            assertEquals(directory, aside.get(0).getParent());
            assertArrayEquals(concat(unreadable, new byte[] {'\n'}), Files.readAllBytes(aside.get(0)));
            byte[] content = Files.readAllBytes(journalFile());
            assertEquals('\n', content[content.length - 1]);

            JournalEntry next = new JournalEntry.Delete(new MediumKey(MediaKind.SNAPSHOT, "after"));
            journal.append(next);
            recovered.add(next);
        }
        List<JournalEntry> again = new ArrayList<>();
        try (MediaJournal journal = MediaJournal.open(directory, again::add)) {
            assertEquals(recovered, again, "the recovered journal takes new entries after the whole ones");
            assertEquals(0, journal.unreadableLines());
        }
        assertEquals(1, unreadableFiles().size());
    }

    /** Upserts, deletes and analyses, by turns. */
    private static List<JournalEntry> entries(int count) {
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MediumKey key = new MediumKey(MediaKind.RECORDING, "r-" + i);
            entries.add(switch (i % 3) {
                case 0 -> new JournalEntry.Upsert(List.of(recording("r-" + i, "cam-1", T.plusSeconds(i)),
                        recording("r-" + i + "b", "cam-2", T)));
                case 1 -> new JournalEntry.AddAnalyses(key, List.of(
                        analysis(new java.util.UUID(i, 1), key, "person", 0.5, T),
                        analysis(new java.util.UUID(i, 2), key, "car", 1.0, T.plusSeconds(1))));
                default -> i % 2 == 0 ? new JournalEntry.Delete(key)
                        : new JournalEntry.Upsert(List.of(snapshot("s-" + i, "cam-é", T)));
            });
        }
        return entries;
    }

    /** Written as the journal writes it, without opening the journal (which would recover it). */
    private void append(JournalEntry entry) {
        try {
            Files.write(journalFile(), line(entry), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] line(JournalEntry entry) {
        return (JournalCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path journalFile() {
        return directory.resolve(MediaJournal.CURRENT);
    }

    private List<Path> unreadableFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("unreadable-.*\\.jsonl")).toList();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
