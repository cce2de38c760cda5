package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.it.Folders;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.media.control.MediaBenchmarkAccess;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.control.PostgresMediaStore;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The media benchmark of issue 3: recording listings on a million recordings and three million
 * analyses in PostgreSQL, in process and through the running server, the plans that serve them,
 * and the journal's append and replay rates. Writes its section of docs/benchmarks.md.
 */
public final class MediaBenchmark {

    static final String COMMAND = "mvn -Pbenchmark -DskipTests package exec:java -Dbenchmark=media";

    static final int APPEND_SINGLE_WARM_UP = 50;
    static final int APPEND_SINGLE_CALLS = 1_000;
    static final int APPEND_BATCH = 100;
    static final int APPEND_BATCH_WARM_UP = 5;
    static final int APPEND_BATCH_CALLS = 100;
    static final int REPLAY_RECORDINGS = 100_000;
    private static final List<String> ANALYSIS_TYPES = List.of("person", "vehicle", "animal", "package");

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Path directory = settings.directory().resolve("media");
        Files.createDirectories(directory);
        TestPostgres.Server postgres = TestPostgres.shared();
        MediaDataset dataset = MediaDataset.obtain(postgres);
        List<Figure> figures = new ArrayList<>(dataset(dataset));
        Map<String, List<String>> plans = new LinkedHashMap<>();
        List<String> postgresFacts;
        PostgresMediaStore lookups = new PostgresMediaStore(dataset.dataSource(), MediaUnit.outsideServer(dataset.dataSource()));
        try (OpenConnectionDataSource connection = new OpenConnectionDataSource(dataset.dataSource())) {
            Connection open = connection.getConnection();
            postgresFacts = postgresFacts(open);
            readIntoCache(open);
            figures.addAll(inProcess(new PostgresMediaStore(connection, MediaUnit.outsideServer(connection)), lookups));
            progress("in process", figures);
            plans.putAll(plans(open, lookups));
        }
        figures.addAll(server(settings, directory, dataset, lookups));
        progress("HTTP", figures);
        figures.addAll(journal(directory, postgres));
        MediaReport report = new MediaReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), Machine.describe(),
                postgresFacts, dataset, figures, plans);
        ReportFile.writeSection(settings.report(), "media", report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.report());
    }

    private static List<Figure> dataset(MediaDataset dataset) {
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "Dataset build: %,d recordings and %,d analyses, with indexes and VACUUM ANALYZE",
                        MediaDataset.RECORDINGS, MediaDataset.ANALYSES), dataset.build().buildTime().toMillis() / 1000.0, Unit.SECONDS),
                Figure.reported("Dataset build rate", new Throughput(MediaDataset.RECORDINGS + (long) MediaDataset.ANALYSES,
                        dataset.build().buildTime()).perSecond(), Unit.ROWS_PER_SECOND));
    }

    private static List<Figure> inProcess(PostgresMediaStore store, PostgresMediaStore lookups) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (MediaListings listing : MediaListings.values()) {
            Latencies latencies = Latencies.measure(listing.warmUpFilters(lookups), listing.timedFilters(lookups),
                    filter -> check(listing, filter, store.list(filter)));
            double target = listing == MediaListings.METADATA ? 20 : 5;
            figures.add(new Figure(name("In process", listing, "p50"), latencies.p50Millis(), Unit.MILLISECONDS, Target.below(target)));
            figures.add(Figure.reported(name("In process", listing, "p95"), latencies.p95Millis(), Unit.MILLISECONDS));
        }
        Latencies search = Latencies.measure(analysisFilters(MediaListings.WARM_UP, 1L), analysisFilters(MediaListings.TIMED, 101L),
                filter -> {
                    if (store.analyses(filter).analyses().size() != MediaListings.LIMIT) {
                        throw new IllegalStateException("The analysis search " + filter + " answered less than a page");
                    }
                });
        figures.add(Figure.reported("In process: analysis search, one type with confidence >= 0.9, newest 50, p50", search.p50Millis(), Unit.MILLISECONDS));
        figures.add(Figure.reported("In process: analysis search, one type with confidence >= 0.9, newest 50, p95", search.p95Millis(), Unit.MILLISECONDS));
        return figures;
    }

    private static void check(MediaListings listing, MediaFilter filter, MediaPage page) {
        listing.check(filter, page.media().size(), page.analyses().size());
    }

    private static List<AnalysisFilter> analysisFilters(int count, long seed) {
        Random random = new Random(seed);
        List<AnalysisFilter> filters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            filters.add(new AnalysisFilter(MediaKind.RECORDING, ANALYSIS_TYPES.get(random.nextInt(ANALYSIS_TYPES.size())), 0.9,
                    null, null, null, null, MediaListings.LIMIT));
        }
        return filters;
    }

    private static Map<String, List<String>> plans(Connection connection, PostgresMediaStore lookups) throws SQLException {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        for (MediaListings listing : MediaListings.values()) {
            MediaFilter example = listing.example(lookups);
            plans.put("Page of " + listing.label() + ": `" + MediaListings.pathAndQuery(example) + "`",
                    MediaBenchmarkAccess.explainPage(connection, example));
            List<String> count = MediaBenchmarkAccess.explainCount(connection, example);
            if (count != null) {
                plans.put("Total of " + listing.label() + " (the count beside the page)", count);
            }
        }
        return plans;
    }

    private static List<Figure> server(BenchmarkSettings settings, Path directory, MediaDataset dataset, PostgresMediaStore lookups)
            throws Exception {
        Path serverDirectory = directory.resolve("server");
        SqliteDatabases.delete(serverDirectory.resolve("timeseries.db"));
        Folders.deleteTree(serverDirectory.resolve("data"));
        Files.createDirectories(serverDirectory);
        TestPostgres.Server postgres = dataset.server();
        Map<String, String> environment = Map.of(
                "POSTGRES_HOST", postgres.host(),
                "POSTGRES_PORT", String.valueOf(postgres.port()),
                "POSTGRES_DB", MediaDataset.DATABASE,
                "POSTGRES_USER", postgres.user(),
                "POSTGRES_PASSWORD", postgres.password());
        try (BenchmarkServer server = new BenchmarkServer(settings, serverDirectory.resolve("timeseries.db"), serverDirectory.resolve("data"), environment)) {
            Duration toReady = server.start();
            MediaHttp http = new MediaHttp(server, lookups);
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.reported("Server start to ready, with PostgreSQL", toReady.toMillis() / 1000.0, Unit.SECONDS));
            for (MediaListings listing : MediaListings.values()) {
                Latencies latencies = http.measure(listing);
                figures.add(Figure.reported(name("HTTP", listing, "p50"), latencies.p50Millis(), Unit.MILLISECONDS));
                figures.add(Figure.reported(name("HTTP", listing, "p95"), latencies.p95Millis(), Unit.MILLISECONDS));
            }
            return figures;
        }
    }

    private static List<Figure> journal(Path directory, TestPostgres.Server postgres) throws Exception {
        Throughput single = JournalBenchmark.append(directory.resolve("journal-append-single"), APPEND_SINGLE_WARM_UP, APPEND_SINGLE_CALLS, 1);
        Throughput batched = JournalBenchmark.append(directory.resolve("journal-append-batch"), APPEND_BATCH_WARM_UP, APPEND_BATCH_CALLS, APPEND_BATCH);
        JournalBenchmark.Replay replay = JournalBenchmark.replay(directory.resolve("journal-replay"), postgres, REPLAY_RECORDINGS);
        String journal = String.format(Locale.ROOT, "%,d recordings + %,d analyses (%,d entries)", REPLAY_RECORDINGS,
                REPLAY_RECORDINGS * MediaSamples.ANALYSES_PER_RECORDING, replay.entries());
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "Journal append: %,d upserts of one recording, each fsynced", APPEND_SINGLE_CALLS),
                        single.perSecond(), Unit.ROWS_PER_SECOND),
                Figure.reported(String.format(Locale.ROOT, "Journal append: %,d upserts of %,d recordings, each fsynced", APPEND_BATCH_CALLS, APPEND_BATCH),
                        batched.perSecond(), Unit.ROWS_PER_SECOND),
                Figure.reported("Journal open (read into the in-memory index): " + journal, replay.open().perSecond(), Unit.ROWS_PER_SECOND),
                Figure.reported("Journal replay into an empty PostgreSQL database (FailoverMediaStore.recover): " + journal,
                        replay.recover().perSecond(), Unit.ROWS_PER_SECOND),
                Figure.reported("Journal replay time", replay.recover().elapsed().toMillis() / 1000.0, Unit.SECONDS));
    }

    /** The server's version and the settings that matter for these queries. */
    private static List<String> postgresFacts(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT version(), current_setting('shared_buffers'), current_setting('work_mem'),"
                     + " current_setting('effective_cache_size'), current_setting('random_page_cost'),"
                     + " pg_size_pretty(pg_database_size(current_database()))")) {
            row.next();
            return List.of("PostgreSQL: " + row.getString(1),
                    "PostgreSQL settings (as found, not tuned): shared_buffers " + row.getString(2) + ", work_mem " + row.getString(3)
                            + ", effective_cache_size " + row.getString(4) + ", random_page_cost " + row.getString(5),
                    "Database size with indexes: " + row.getString(6));
        }
    }

    /**
     * Reads the tables and their indexes once, so that they are in the page cache as a running
     * server's are: with pg_prewarm where the server has it, else by a sequential count.
     */
    private static void readIntoCache(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            try {
                sql.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
                sql.execute("SELECT pg_prewarm(c.oid::regclass, 'read') FROM pg_class c"
                        + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'i', 't')");
            } catch (SQLException noPrewarm) {
                sql.execute("SELECT (SELECT count(*) FROM recordings), (SELECT count(*) FROM ai_analysis)");
            }
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private static void progress(String phase, List<Figure> figures) {
        System.out.println("Measured " + phase + ":");
        figures.forEach(figure -> System.out.println("  " + figure.name() + ": " + figure.formattedValue()));
    }

    private static String name(String where, MediaListings listing, String percentile) {
        return String.format(Locale.ROOT, "%s: recordings, %s, limit %d with AI analyses, %s", where, listing.label(),
                MediaListings.LIMIT, percentile);
    }
}
