package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.benchmark.PacedIngest.Measured;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.maintenance.BatchJobs;
import com.myhomecontrol.maintenance.control.TimeseriesCopy;
import com.myhomecontrol.maintenance.entity.CopyPosition;
import com.myhomecontrol.platform.control.PostgresTimeseries;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.control.TimeseriesDialect;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;
import jakarta.json.JsonObject;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The time series on SQLite against PostgreSQL in one run, on the same ten-million-reading dataset:
 * ingest in process through the writer each store runs, the dataset copied into PostgreSQL by
 * migrate-timeseries' own copy, the history queries in process on both, and history and ingest over
 * HTTP through a server on each. Writes its section of docs/benchmarks.md.
 */
final class PostgresBenchmark {

    static final String COMMAND = "mvn -Pbenchmark -DskipTests package exec:java -Dbenchmark=postgresql";

    private static final int CLIENTS = 4;
    private static final long WARM_UP_READINGS = 200_000;
    private static final long READINGS = 1_000_000;
    private static final int PAGE = 2_000;
    private static final int HTTP_READINGS = 300_000;
    private static final int HTTP_READINGS_PER_REQUEST = 1_000;
    private static final int HTTP_WARM_UP_REQUESTS = 40;
    /** TIMESERIES_WRITER_THREADS' default. */
    private static final int WRITER_THREADS = 1;
    /** Retention keeps the dataset's last 4 days: a month goes. */
    private static final int RETAINED_DAYS_OF_DATASET = 30;
    private static final long JOB_TIMEOUT_SECONDS = 3_600;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Files.createDirectories(settings.directory());
        TestPostgres.Server postgres = TestPostgres.shared();
        dropEarlierRuns(postgres);
        List<Figure> figures = new ArrayList<>(ingest(settings.directory(), postgres));
        Dataset dataset = Dataset.obtain(settings.directory().resolve("dataset"));
        String copyName = postgres.createDatabase("benchmark_copy");
        DataSource copy = timeseriesDatabase(postgres, copyName);
        figures.addAll(copied(dataset, copy));
        figures.addAll(history(dataset, copy));
        Path served = settings.directory().resolve("postgresql-server/timeseries.db");
        figures.addAll(overHttp(settings, dataset, served, postgres, copyName));
        figures.addAll(retentionOfAMonth(served, copy));
        String markdown = report(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), figures, postgres);
        ReportFile.writeSection(settings.report(), "postgresql", markdown);
        System.out.println(markdown);
        System.out.println("Written to " + settings.report());
        // JBeret's thread pool of the retention runs outlives main, and exec:java would wait for it.
        System.exit(0);
    }

    private static List<Figure> ingest(Path directory, TestPostgres.Server postgres) throws Exception {
        Throughput sqlite = IngestBenchmark.batched(directory.resolve("ingest-sqlite.db"), WARM_UP_READINGS, READINGS, CLIENTS,
                TimeseriesBenchmark.BATCH_SIZE);
        Throughput onPostgres = ingestIntoPostgres(timeseriesDatabase(postgres, postgres.createDatabase("benchmark_ingest")));
        String what = String.format(Locale.ROOT, "%,d readings, batches of %,d from %d threads", READINGS, TimeseriesBenchmark.BATCH_SIZE, CLIENTS);
        return List.of(
                Figure.reported("SQLite: in-process ingest, " + what, sqlite.perSecond(), Unit.READINGS_PER_SECOND),
                new Figure("PostgreSQL: in-process ingest, " + what, onPostgres.perSecond(), Unit.READINGS_PER_SECOND,
                        Target.atLeast(100_000)),
                Figure.reported("PostgreSQL ingest over SQLite ingest", onPostgres.perSecond() / sqlite.perSecond(), Unit.TIMES));
    }

    /** As IngestBenchmark.batched: the server's writer, on PostgreSQL with its dialect (partitions, locks). */
    private static Throughput ingestIntoPostgres(DataSource database) throws Exception {
        Household household = new Household("ingest", IngestBenchmark.PLUGS, IngestBenchmark.START, 10, 1L);
        List<List<EnergyReading>> warmUp = household.prepareBatches(WARM_UP_READINGS, TimeseriesBenchmark.BATCH_SIZE);
        List<List<EnergyReading>> timed = household.prepareBatches(READINGS, TimeseriesBenchmark.BATCH_SIZE);
        try (TimeseriesWriter writer = writer(database)) {
            EnergyReadingStore store = new EnergyReadingStore(writer);
            ConcurrentClients.run(CLIENTS, warmUp.iterator(), store::store);
            return new Throughput(READINGS, ConcurrentClients.run(CLIENTS, timed.iterator(), store::store));
        }
    }

    /** The server's writer on PostgreSQL, as TIMESERIES_WRITER_THREADS' default runs it. */
    private static TimeseriesWriter writer(DataSource database) {
        return new TimeseriesWriter(database, Executors.defaultThreadFactory(), WRITER_THREADS, SqliteDatabases.MAX_ROWS_PER_COMMIT,
                1_024, Duration.ofSeconds(60), Clock.systemUTC(), TimeseriesWriter.Observer.NONE,
                TimeseriesDialect.of(TimeseriesStoreKind.POSTGRESQL, database));
    }

    /** The dataset copied as migrate-timeseries copies it: every table, page by page. */
    private static List<Figure> copied(Dataset dataset, DataSource target) {
        TimeseriesCopy copy = new TimeseriesCopy(SqliteDatabases.open(dataset.file()), target);
        long rows = 0;
        long start = System.nanoTime();
        CopyPosition position = CopyPosition.start();
        for (var page = copy.next(position, Long.MIN_VALUE, PAGE); page.isPresent(); page = copy.next(position, Long.MIN_VALUE, PAGE)) {
            copy.write(page.get());
            position = copy.end(page.get());
            rows += page.get().rows().size();
        }
        Throughput rate = new Throughput(rows, Duration.ofNanos(System.nanoTime() - start));
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "migrate-timeseries' copy of the dataset: %,d rows of all tables", rows),
                        rate.elapsed().toMillis() / 1000.0, Unit.SECONDS),
                Figure.reported("migrate-timeseries' copy rate", rate.perSecond(), Unit.ROWS_PER_SECOND));
    }

    private static List<Figure> history(Dataset dataset, DataSource onPostgres) throws Exception {
        dataset.readIntoPageCache();
        List<Figure> figures = new ArrayList<>();
        try (OpenConnectionDataSource sqlite = new OpenConnectionDataSource(SqliteDatabases.open(dataset.file()));
             OpenConnectionDataSource postgres = new OpenConnectionDataSource(onPostgres)) {
            for (HistoryQueries query : List.of(HistoryQueries.DAY_RAW, HistoryQueries.MONTH_HOURLY)) {
                Latencies onSqlite = new InProcessQueries(sqlite, dataset.deviceIds()).measure(query);
                Latencies onPg = new InProcessQueries(postgres, dataset.deviceIds()).measure(query);
                figures.add(Figure.reported(name("SQLite, in process", query, "p50"), onSqlite.p50Millis(), Unit.MILLISECONDS));
                figures.add(Figure.reported(name("SQLite, in process", query, "p95"), onSqlite.p95Millis(), Unit.MILLISECONDS));
                figures.add(query == HistoryQueries.DAY_RAW
                        ? new Figure(name("PostgreSQL, in process", query, "p50"), onPg.p50Millis(), Unit.MILLISECONDS, Target.below(15))
                        : Figure.reported(name("PostgreSQL, in process", query, "p50"), onPg.p50Millis(), Unit.MILLISECONDS));
                figures.add(Figure.reported(name("PostgreSQL, in process", query, "p95"), onPg.p95Millis(), Unit.MILLISECONDS));
            }
        }
        return figures;
    }

    /**
     * The same requests to a server on a copy of the SQLite file, then to a server on the PostgreSQL
     * copy (TIMESERIES_STORE=postgresql): history of the dataset's plugs and ingest of new readings;
     * then a second server on the PostgreSQL copy beside the first, and ingest through both at once.
     */
    private static List<Figure> overHttp(BenchmarkSettings settings, Dataset dataset, Path file, TestPostgres.Server postgres, String copy)
            throws Exception {
        dataset.copyTo(file);
        Path folder = file.getParent();
        List<Figure> figures = new ArrayList<>();
        try (BenchmarkServer server = new BenchmarkServer(settings, file, folder.resolve("sqlite-data"))) {
            server.start();
            figures.addAll(http("SQLite", server, dataset).figures());
        }
        Map<String, String> onPostgres = Map.of("TIMESERIES_STORE", "postgresql", "POSTGRES_HOST", postgres.host(),
                "POSTGRES_PORT", String.valueOf(postgres.port()), "POSTGRES_DB", copy, "POSTGRES_USER", postgres.user(),
                "POSTGRES_PASSWORD", postgres.password());
        try (BenchmarkServer first = new BenchmarkServer(settings, file, folder.resolve("pg-data"), onPostgres);
             BenchmarkServer second = new BenchmarkServer(settings.secondServer(), file, folder.resolve("pg-data-2"), onPostgres)) {
            first.start();
            ServedHttp one = http("PostgreSQL", first, dataset);
            figures.addAll(one.figures());
            second.start();
            CpuSample before = CpuSample.take(first.pid());
            Throughput both = HttpBenchmark.ingest(List.of(new HttpBenchmark(first, dataset.deviceIds()), new HttpBenchmark(second, dataset.deviceIds())),
                    "two-servers", CLIENTS, HTTP_READINGS_PER_REQUEST, HTTP_READINGS, HTTP_WARM_UP_REQUESTS);
            figures.add(Figure.reported(String.format(Locale.ROOT, "PostgreSQL, HTTP ingest: %,d readings through each of two servers at once, "
                    + "in turn, %d threads for each", HTTP_READINGS, CLIENTS), both.perSecond(), Unit.READINGS_PER_SECOND));
            figures.add(Figure.reported("PostgreSQL, HTTP ingest, two servers: the machine's cores busy (of " + PROCESSORS + ")",
                    CpuSample.take(first.pid()).since(before).machineBusyShare() * PROCESSORS, Unit.CORES));
            figures.add(new Figure("PostgreSQL, HTTP ingest of two servers over one server", both.perSecond() / one.ingest().perSecond(),
                    Unit.TIMES, Target.atLeast(1.5)));
        }
        return figures;
    }

    /** A server's figures over HTTP, and its ingest, which two servers are compared with. */
    private record ServedHttp(List<Figure> figures, Throughput ingest) {
    }

    private static ServedHttp http(String store, BenchmarkServer server, Dataset dataset) throws Exception {
        HttpBenchmark http = new HttpBenchmark(server, dataset.deviceIds());
        Latencies day = http.measure(HistoryQueries.DAY_RAW);
        Latencies month = http.measure(HistoryQueries.MONTH_HOURLY);
        CpuSample before = CpuSample.take(server.pid());
        Throughput ingest = http.ingest(CLIENTS, HTTP_READINGS_PER_REQUEST, HTTP_READINGS, HTTP_WARM_UP_REQUESTS);
        double busy = CpuSample.take(server.pid()).since(before).machineBusyShare();
        return new ServedHttp(List.of(
                Figure.reported(store + ", " + name("HTTP", HistoryQueries.DAY_RAW, "p50"), day.p50Millis(), Unit.MILLISECONDS),
                Figure.reported(store + ", " + name("HTTP", HistoryQueries.DAY_RAW, "p95"), day.p95Millis(), Unit.MILLISECONDS),
                Figure.reported(store + ", " + name("HTTP", HistoryQueries.MONTH_HOURLY, "p50"), month.p50Millis(), Unit.MILLISECONDS),
                Figure.reported(store + ", " + name("HTTP", HistoryQueries.MONTH_HOURLY, "p95"), month.p95Millis(), Unit.MILLISECONDS),
                Figure.reported(String.format(Locale.ROOT, "%s, HTTP ingest: %,d readings, arrays of %,d from %d threads, one server",
                        store, HTTP_READINGS, HTTP_READINGS_PER_REQUEST, CLIENTS), ingest.perSecond(), Unit.READINGS_PER_SECOND),
                Figure.reported(store + ", HTTP ingest, one server: the machine's cores busy (of " + PROCESSORS + ")", busy * PROCESSORS, Unit.CORES)),
                ingest);
    }

    /**
     * The retention job on each store after the HTTP runs, its raw readings before the dataset's
     * 31st day gone (marked as rolled up), while live readings arrive through the store's writer.
     */
    private static List<Figure> retentionOfAMonth(Path sqlite, DataSource onPostgres) throws Exception {
        long now = Instant.now().getEpochSecond();
        long rawDays = ChronoUnit.DAYS.between(Dataset.START.plus(Duration.ofDays(RETAINED_DAYS_OF_DATASET)), Instant.now());
        SQLiteDataSource onSqlite = SqliteDatabases.open(sqlite);
        execute(onSqlite, "INSERT OR REPLACE INTO rollup_marks VALUES ('energy_5m', " + now + ")");
        execute(onPostgres, "INSERT INTO rollup_marks VALUES ('energy_5m', " + now + ")"
                + " ON CONFLICT (statistics) DO UPDATE SET rolled_up_to = excluded.rolled_up_to");
        List<Figure> figures = new ArrayList<>();
        figures.addAll(retention("SQLite", SqliteDatabases.writer(onSqlite), sqlite.toString(), rawDays));
        figures.addAll(retention("PostgreSQL", writer(onPostgres), PostgresTimeseries.jobParameter(onPostgres), rawDays));
        return figures;
    }

    private static List<Figure> retention(String store, TimeseriesWriter live, String timeseriesDb, long rawDays) throws Exception {
        JsonObject[] outcome = new JsonObject[1];
        Measured run = PacedIngest.whileLiveReadingsArrive(live, Dataset.end(), MaintenanceBenchmark.LIVE_READINGS_PER_SECOND,
                MaintenanceBenchmark.LIVE_BATCH, () -> outcome[0] = MaintenanceBenchmark.exitStatus(MaintenanceBenchmark.completed(
                        BatchJobs.run("retention", BatchJobs.parameters("timeseriesDb", timeseriesDb, "rawDays", String.valueOf(rawDays)),
                                JOB_TIMEOUT_SECONDS))));
        long deleted = outcome[0].getJsonObject("deleted").getJsonNumber("energy_timeseries").longValue();
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "%s: retention of a month (%,d raw readings of the dataset's first %d days) "
                        + "while %,d readings/s arrive", store, deleted, RETAINED_DAYS_OF_DATASET, MaintenanceBenchmark.LIVE_READINGS_PER_SECOND),
                        run.seconds(), Unit.SECONDS),
                new Figure(store + ": longest write wait during retention", run.stalls().longestMillis(), Unit.MILLISECONDS,
                        Target.below(MaintenanceBenchmark.STALL_LIMIT_MILLIS)),
                Figure.reported(store + ": p99 write wait during retention", run.stalls().p99Millis(), Unit.MILLISECONDS));
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The databases an earlier run made: each holds a copy of the dataset. */
    private static void dropEarlierRuns(TestPostgres.Server postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url("postgres"), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            List<String> earlier = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'benchmark\\_%'")) {
                while (rows.next()) {
                    earlier.add(rows.getString(1));
                }
            }
            for (String database : earlier) {
                statement.execute("DROP DATABASE " + database);
            }
        }
    }

    /** The database with the time-series schema, connections working in that schema. */
    private static DataSource timeseriesDatabase(TestPostgres.Server postgres, String name) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(postgres.url(name));
        database.setUser(postgres.user());
        database.setPassword(postgres.password());
        database.setCurrentSchema(SchemaMigrations.TIMESERIES_SCHEMA);
        database.setReWriteBatchedInserts(true);
        SchemaMigrations.migrate(database, SchemaMigrations.TIMESERIES_POSTGRESQL, SchemaMigrations.TIMESERIES_SCHEMA);
        return database;
    }

    private static String name(String where, HistoryQueries query, String percentile) {
        return String.format(Locale.ROOT, "%s: one device, %s (%,d points), %s", where, query.label(), query.points(), percentile);
    }

    private static String report(Instant measuredAt, Duration runTime, List<Figure> figures, TestPostgres.Server postgres) throws Exception {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "The time series on SQLite and on PostgreSQL", measuredAt, COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min, against PostgreSQL at %s:%d (a database of its own for each part, "
                + "`benchmark_*`, kept until the next run drops them).%n%n", runTime.toSeconds() / 60.0, postgres.host(), postgres.port()));
        ReportSections.machine(md, Machine.describe(), List.of());
        ReportSections.figures(md, figures);
        md.append("## How it is measured\n\n")
                .append("- Ingest: the same readings, batches made before the clock starts and an untimed warm-up, handed to "
                        + "`EnergyReadingStore.store` by concurrent threads; SQLite through its one writer as the server runs it, "
                        + "PostgreSQL through the same writer with its dialect (daily partitions made on demand, the writers' shared "
                        + "lock, the devices' locks), `reWriteBatchedInserts` on, as the server's pool.\n")
                .append("- The copy: `TimeseriesCopy`, the code of `migrate-timeseries`' copy step, over every table of the "
                        + "dataset in pages of 2,000 rows, in one thread, without the batch runtime around it.\n")
                .append("- History: `EnergyHistoryQuery` on one open connection per store, the windows, warm-up and checks of "
                        + "the time-series benchmark (`HistoryQueries`), the SQLite file read into the page cache first.\n")
                .append("- Over HTTP: the war of this build on Open Liberty (the benchmark's own user folder), first on a copy of "
                        + "the SQLite file, then with `TIMESERIES_STORE=postgresql` on the PostgreSQL copy, each after the other; the "
                        + "history windows of the time-series benchmark, then ingest in arrays of 1,000 from 4 clients.\n")
                .append("- Two servers: a second server (a copy of the first's user folder, its own ports and data folder) on the same "
                        + "PostgreSQL copy beside the first; the posts of both go to each server in turn, as a round-robin balancer "
                        + "sends them, from 4 client threads for each server, the plugs of each server its own; the rate is of all "
                        + "readings of both. Both servers, PostgreSQL and the clients share this machine's processors.\n")
                .append("- Retention of a month: after the HTTP runs, on the SQLite copy the servers used and on the PostgreSQL copy, "
                        + "the raw readings of the dataset's first 30 days marked as rolled up (`rollup_marks`), then the `retention` "
                        + "job (JBeret SE, from its job XML) with `rawDays` reaching back to that day, while 10,000 live readings/s "
                        + "arrive in batches of 1,000 through the store's writer; each write's wait is timed. On SQLite the job deletes "
                        + "in its paced chunks, on PostgreSQL it drops the whole day partitions.\n");
        return md.toString();
    }
}
