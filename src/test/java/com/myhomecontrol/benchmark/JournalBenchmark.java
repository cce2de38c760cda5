package com.myhomecontrol.benchmark;

import com.myhomecontrol.it.Folders;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.media.control.FailoverMediaStore;
import com.myhomecontrol.media.control.JournalMediaStore;
import com.myhomecontrol.media.control.MediaBenchmarkAccess;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.control.PostgresMediaStore;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.platform.control.SchemaMigrations;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal that stands in for PostgreSQL: how fast it takes writes (each one fsynced), and how
 * fast a journal is replayed into PostgreSQL once it answers again.
 */
final class JournalBenchmark {

    static final String REPLAY_DATABASE = MediaDataset.DATABASE + "_replay";

    private JournalBenchmark() {
    }

    /**
     * {@code calls} upserts of {@code perCall} recordings each into a new journal, after
     * {@code warmUpCalls} untimed ones; the recordings are made before the clock starts.
     */
    static Throughput append(Path directory, int warmUpCalls, int calls, int perCall) throws Exception {
        Folders.deleteTree(directory);
        MediaSamples samples = new MediaSamples("append" + perCall, perCall);
        List<List<Medium>> batches = new ArrayList<>();
        int number = 0;
        for (int call = 0; call < warmUpCalls + calls; call++) {
            List<Medium> batch = new ArrayList<>(perCall);
            for (int i = 0; i < perCall; i++) {
                batch.add(samples.recording(number++));
            }
            batches.add(batch);
        }
        JournalMediaStore store = JournalMediaStore.open(directory);
        try {
            batches.subList(0, warmUpCalls).forEach(store::upsert);
            long begin = System.nanoTime();
            batches.subList(warmUpCalls, batches.size()).forEach(store::upsert);
            return new Throughput((long) calls * perCall, Duration.ofNanos(System.nanoTime() - begin));
        } finally {
            store.journal().close();
        }
    }

    /** What a replay measured: reading the journal at opening, and replaying it into PostgreSQL. */
    record Replay(long entries, long rows, Throughput open, Throughput recover) {
    }

    /**
     * A journal of {@code recordings} recordings, each followed by its analyses, replayed by
     * {@link FailoverMediaStore#recover()} into a new, empty database (migrated by the recovery, as
     * the server does), on one open connection as Liberty's pool hands one out.
     */
    static Replay replay(Path directory, TestPostgres.Server server, int recordings) throws Exception {
        Folders.deleteTree(directory);
        long entries = MediaBenchmarkAccess.writeJournal(directory, new MediaSamples("replay", 7L).journal(recordings));
        long rows = (long) recordings * (1 + MediaSamples.ANALYSES_PER_RECORDING);
        MediaDataset.recreate(server, REPLAY_DATABASE);
        DataSource dataSource = server.dataSource(REPLAY_DATABASE);
        long begin = System.nanoTime();
        JournalMediaStore journal = JournalMediaStore.open(directory);
        Throughput open = new Throughput(rows, Duration.ofNanos(System.nanoTime() - begin));
        try (OpenConnectionDataSource connection = new OpenConnectionDataSource(dataSource);
             FailoverMediaStore store = new FailoverMediaStore(new PostgresMediaStore(connection, MediaUnit.outsideServer(connection)), journal,
                     () -> SchemaMigrations.migrate(dataSource, SchemaMigrations.MEDIA))) {
            begin = System.nanoTime();
            store.recover();
            Throughput recover = new Throughput(rows, Duration.ofNanos(System.nanoTime() - begin));
            if (!store.status().activeStore().equals("postgresql") || store.status().refusedEntries() > 0) {
                throw new IllegalStateException("The replay did not complete: " + store.status());
            }
            check(dataSource, recordings);
            return new Replay(entries, rows, open, recover);
        } finally {
            MediaDataset.drop(server, REPLAY_DATABASE);
        }
    }

    private static void check(DataSource dataSource, int recordings) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet counts = sql.executeQuery("SELECT (SELECT count(*) FROM recordings), (SELECT count(*) FROM ai_analysis)")) {
            counts.next();
            if (counts.getLong(1) != recordings || counts.getLong(2) != (long) recordings * MediaSamples.ANALYSES_PER_RECORDING) {
                throw new IllegalStateException("After the replay PostgreSQL holds " + counts.getLong(1) + " recordings and "
                        + counts.getLong(2) + " analyses");
            }
        }
    }
}
