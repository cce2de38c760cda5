package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.MediaStoreStatus;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.entity.StoreUnavailableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.myhomecontrol.media.control.MediaDatabases.execute;
import static com.myhomecontrol.media.control.MediaSamples.T;
import static com.myhomecontrol.media.control.MediaSamples.analysis;
import static com.myhomecontrol.media.control.MediaSamples.recording;
import static com.myhomecontrol.media.control.MediaSamples.snapshot;
import static com.myhomecontrol.platform.control.SqliteFiles.longValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes taken by the journal while PostgreSQL is away reach PostgreSQL once, and only once, when it is back. */
class FailoverMediaStoreTest {

    private static DataSource database;

    @TempDir
    Path directory;

    @BeforeAll
    static void createDatabase() {
        database = MediaDatabases.migrated("media_failover");
    }

    @BeforeEach
    void emptyDatabase() {
        execute(database, "TRUNCATE recordings, snapshots, ai_analysis, camera_media_totals");
    }

    @Test
    void writesWhilePostgresqlIsAwayAreReplayedOnceAndTheJournalArchived() throws IOException {
        Answers expected;
        try (FailoverMediaStore away = store(MediaDatabases.store(unreachable()))) {
            away.recover();
            assertEquals("journal", away.status().activeStore());
            assertNotNull(away.status().problem());
            writeWhileAway(away);
            assertEquals(8, away.status().journalEntries());
            assertThrows(StoreUnavailableException.class, () -> away.find(new MediumKey(MediaKind.RECORDING, "elsewhere")),
                    "PostgreSQL may hold what the journal does not");
            expected = answers(away);
        }

        try (FailoverMediaStore back = store(MediaDatabases.store(database))) {
            back.recover();

            MediaStoreStatus status = back.status();
            assertEquals("postgresql", status.activeStore());
            assertEquals(0, status.journalEntries());
            assertEquals(0, status.refusedEntries());
            assertNull(status.problem());
            assertFalse(status.recoveryFailing());
            assertFalse(Files.exists(directory.resolve(MediaJournal.CURRENT)));
            assertEquals(1, archived().size());
            assertEquals(expected, answers(back));
            assertExactlyOnce();
        }
    }

    @Test
    void aReplayDoneAgainAfterACrashBeforeArchivingDuplicatesNothing() throws IOException {
        try (FailoverMediaStore away = store(MediaDatabases.store(unreachable()))) {
            writeWhileAway(away);
        }
        Answers expected;
        try (FailoverMediaStore back = store(MediaDatabases.store(database))) {
            back.recover();
            expected = answers(back);
        }
        // The crash: the journal is still there at the next start, all of it replayed already
        Files.copy(archived().get(0), directory.resolve(MediaJournal.CURRENT));

        try (FailoverMediaStore again = store(MediaDatabases.store(database))) {
            assertEquals(8, again.status().journalEntries());
            again.recover();

            assertEquals("postgresql", again.status().activeStore());
            assertEquals(0, again.status().refusedEntries());
            assertEquals(expected, answers(again));
            assertExactlyOnce();
        }
    }

    @Test
    void applyingTheSameEntriesTwiceChangesNothing() {
        PostgresMediaStore postgres = MediaDatabases.store(database);
        JournalMediaStore journal = JournalMediaStore.open(directory);
        writeWhileAway(journal);
        List<JournalEntry> entries = new ArrayList<>();
        journal.journal().read(0, 3, entries::addAll);

        assertEquals(List.of(), postgres.apply(entries));
        Answers once = answers(postgres);
        assertEquals(List.of(), postgres.apply(entries));

        assertEquals(once, answers(postgres));
        assertEquals(answers(journal), once);
        assertExactlyOnce();
    }

    @Test
    void analysesPostgresqlRefusesAreSetAsideAndTheRestReplayed() throws IOException {
        PostgresMediaStore postgres = MediaDatabases.store(database);
        MediumKey gone = new MediumKey(MediaKind.RECORDING, "gone");
        MediumKey owner = new MediumKey(MediaKind.SNAPSHOT, "owner");
        Analysis owned = analysis(owner, "person", 0.8);
        postgres.upsert(List.of(recording("gone", "cam-1", T), snapshot("owner", "cam-1", T)));
        postgres.addAnalyses(owner, List.of(owned));

        MediumKey kept = new MediumKey(MediaKind.RECORDING, "kept");
        MediumKey claimant = new MediumKey(MediaKind.RECORDING, "claimant");
        Analysis keptAnalysis = analysis(kept, "car", 0.6);
        try (FailoverMediaStore away = store(MediaDatabases.store(unreachable()))) {
            away.upsert(List.of(recording("kept", "cam-2", T), recording("claimant", "cam-2", T.plusSeconds(1))));
            away.addAnalyses(kept, List.of(keptAnalysis));
            // Accepted while "gone" was known; meanwhile it was deleted in PostgreSQL
            journalOf(away).append(new JournalEntry.AddAnalyses(gone, List.of(analysis(gone, "dog", 0.4))));
            // The journal does not know that this id belongs to an analysis of another medium in PostgreSQL
            away.addAnalyses(claimant, List.of(analysis(claimant, "cat", 0.3),
                    analysis(owned.analysisId(), claimant, "cat", 0.9, T)));
        }
        postgres.delete(gone);

        try (FailoverMediaStore back = store(postgres)) {
            back.recover();

            assertEquals("postgresql", back.status().activeStore());
            assertEquals(2, back.status().refusedEntries());
            assertEquals(2, Files.readAllLines(directory.resolve("refused.jsonl")).size());
            assertEquals(List.of(keptAnalysis), back.analysesOf(kept));
            assertEquals(List.of(owned), back.analysesOf(owner));
            assertEquals(List.of(), back.analysesOf(claimant), "a refused entry is refused as a whole");
            assertTrue(back.find(gone).isEmpty());
            assertEquals(2, longValue(database, "SELECT count(*) FROM ai_analysis"));
            assertEquals(1, archived().size());
        }
    }

    /** Eight writes: upserts, a replacing upsert, analyses, an analysis replaced, deletes. */
    private static void writeWhileAway(MediaStore store) {
        List<Medium> recordings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recordings.add(recording("r-" + i, "cam-" + i % 3, T.plusSeconds(i / 2)));
        }
        store.upsert(recordings.subList(0, 20));
        store.upsert(recordings.subList(20, 30));
        store.upsert(Stream.of(1, 2, 3).map(i -> snapshot("s-" + i, "cam-" + i, T)).toList());
        store.upsert(List.of(recording("r-1", "cam-9", T.plusSeconds(100)).withCreatedAt(T)));
        MediumKey r2 = new MediumKey(MediaKind.RECORDING, "r-2");
        UUID replaced = new UUID(1, 1);
        store.addAnalyses(r2, List.of(analysis(replaced, r2, "person", 0.5, T), analysis(new UUID(1, 2), r2, "car", 0.7, T)));
        MediumKey s1 = new MediumKey(MediaKind.SNAPSHOT, "s-1");
        store.addAnalyses(s1, List.of(analysis(new UUID(2, 1), s1, "dog", 0.9, T)));
        store.addAnalyses(r2, List.of(analysis(replaced, r2, "person", 0.95, T.plusSeconds(3))));
        store.delete(new MediumKey(MediaKind.RECORDING, "r-3"));
    }

    /** What a store answers about everything: both listings with analyses, the analysis search, the statistics. */
    record Answers(List<Object> recordings, List<Object> snapshots, List<Object> analyses, Object stats) {
    }

    private static Answers answers(MediaStore store) {
        return new Answers(all(store, MediaKind.RECORDING), all(store, MediaKind.SNAPSHOT),
                store.analyses(new AnalysisFilter(null, null, null, null, null, null, null, 1_000)).analyses().stream()
                        .map(analysis -> (Object) MediaJson.toJson(analysis).build().toString()).toList(),
                store.stats(T));
    }

    private static List<Object> all(MediaStore store, MediaKind kind) {
        List<Object> media = new ArrayList<>();
        Cursor after = null;
        do {
            MediaPage page = store.list(new MediaFilter(kind, null, null, null, null, false, false, null, null, null, after, 7, true));
            page.media().forEach(medium -> media.add(List.of(MediaJson.toJson(medium).build().toString(),
                    page.analyses().getOrDefault(medium.key(), List.of()))));
            after = page.next();
        } while (after != null);
        return media;
    }

    private void assertExactlyOnce() {
        assertEquals(29, longValue(database, "SELECT count(*) FROM recordings"));
        assertEquals(29, longValue(database, "SELECT count(DISTINCT recording_id) FROM recordings"));
        assertEquals(3, longValue(database, "SELECT count(*) FROM snapshots"));
        assertEquals(3, longValue(database, "SELECT count(*) FROM ai_analysis"));
        assertEquals(32, longValue(database, "SELECT sum(media_count) FROM camera_media_totals"));
    }

    private FailoverMediaStore store(PostgresMediaStore postgres) {
        return new FailoverMediaStore(postgres, JournalMediaStore.open(directory),
                () -> SchemaMigrations.migrate(database, SchemaMigrations.MEDIA));
    }

    /** Appends to the journal of a store as if the write had been accepted. */
    private MediaJournal journalOf(FailoverMediaStore store) throws IOException {
        store.close();
        return MediaJournal.open(directory, entry -> { });
    }

    private List<Path> archived() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("archive"))) {
            return files.toList();
        }
    }

    /** A PostgreSQL that is not there: a port nothing listens on. */
    private static DataSource unreachable() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("media");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(2);
        return dataSource;
    }
}
