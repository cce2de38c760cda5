package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time-series benchmark: ingest in process against the seed-style baselines, a
 * dataset of over ten million readings, history queries on it in process and through the running
 * server, ingest over HTTP, and the server's start time and memory. Writes docs/benchmarks.md.
 */
public final class TimeseriesBenchmark {

    static final String COMMAND = "mvn -Pbenchmark -DskipTests package exec:java";

    private static final int CLIENTS = 4;
    static final long BATCHED_WARM_UP_READINGS = 200_000;
    private static final long BATCHED_READINGS = 1_000_000;
    static final int BATCH_SIZE = 10_000;
    private static final int ONE_BY_ONE_READINGS = 5_000;
    private static final int HTTP_READINGS = 300_000;
    private static final int HTTP_READINGS_PER_REQUEST = 1_000;
    private static final int HTTP_WARM_UP_REQUESTS = 40;
    static final int JPA_INGEST_WARM_UP_READINGS = 20_000;
    private static final int JPA_INGEST_READINGS = 100_000;

    private TimeseriesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Files.createDirectories(settings.directory());
        List<Figure> figures = new ArrayList<>(ingest(settings.directory()));
        figures.addAll(ingestJdbcAgainstJpa(settings.directory()));
        Dataset dataset = Dataset.obtain(settings.directory().resolve("dataset"));
        figures.addAll(dataset(dataset));
        figures.addAll(inProcessQueries(dataset));
        figures.addAll(server(settings, dataset));
        BenchmarkReport report = new BenchmarkReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin),
                Machine.describe(), dataset, figures);
        ReportFile.writeSection(settings.report(), "timeseries", report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + settings.report());
    }

    private static List<Figure> ingest(Path directory) throws Exception {
        Throughput batched = IngestBenchmark.batched(directory.resolve("ingest-batched.db"), BATCHED_WARM_UP_READINGS, BATCHED_READINGS, CLIENTS, BATCH_SIZE);
        Throughput seedStyle = IngestBenchmark.seedStyle(directory.resolve("ingest-seed-style.db"), ONE_BY_ONE_READINGS);
        Throughput oneByOne = IngestBenchmark.onePerCommit(directory.resolve("ingest-one-per-commit.db"), ONE_BY_ONE_READINGS);
        return List.of(
                new Figure(String.format(Locale.ROOT, "In-process ingest: %,d readings, batches of %,d from %d threads", BATCHED_READINGS, BATCH_SIZE, CLIENTS),
                        batched.perSecond(), Unit.READINGS_PER_SECOND, Target.atLeast(200_000)),
                Figure.reported(String.format(Locale.ROOT, "Seed-style baseline: %,d readings, each with its own connection, INSERT OR REPLACE and commit", ONE_BY_ONE_READINGS),
                        seedStyle.perSecond(), Unit.READINGS_PER_SECOND),
                new Figure("Batched ingest over the seed-style baseline", batched.perSecond() / seedStyle.perSecond(), Unit.TIMES, Target.atLeast(100)),
                Figure.reported(String.format(Locale.ROOT, "Kinder baseline: %,d readings on one open connection, INSERT OR REPLACE and commit each", ONE_BY_ONE_READINGS),
                        oneByOne.perSecond(), Unit.READINGS_PER_SECOND),
                Figure.reported("Batched ingest over the kinder baseline", batched.perSecond() / oneByOne.perSecond(), Unit.TIMES));
    }

    /** The same readings in the same transactions from one thread, so that only the way of writing differs. */
    private static List<Figure> ingestJdbcAgainstJpa(Path directory) throws Exception {
        Throughput jdbc = IngestBenchmark.batched(directory.resolve("ingest-jdbc-one-thread.db"), JPA_INGEST_WARM_UP_READINGS, JPA_INGEST_READINGS, 1, BATCH_SIZE);
        Throughput jpa = JpaMergeIngest.run(directory.resolve("ingest-jpa-merge.db"), JPA_INGEST_WARM_UP_READINGS, JPA_INGEST_READINGS, BATCH_SIZE);
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "In-process ingest through JDBC batches (EnergyReadingStore): %,d readings, transactions of %,d from one thread", JPA_INGEST_READINGS, BATCH_SIZE),
                        jdbc.perSecond(), Unit.READINGS_PER_SECOND),
                Figure.reported(String.format(Locale.ROOT, "In-process ingest through JPA, em.merge per reading (replaces the whole row, no COALESCE merge, no rollup): %,d readings, transactions of %,d from one thread", JPA_INGEST_READINGS, BATCH_SIZE),
                        jpa.perSecond(), Unit.READINGS_PER_SECOND),
                Figure.reported("Ingest through JDBC batches over JPA merge", jdbc.perSecond() / jpa.perSecond(), Unit.TIMES));
    }

    private static List<Figure> dataset(Dataset dataset) throws Exception {
        Throughput build = new Throughput(Dataset.readings(), dataset.build().buildTime());
        return List.of(
                Figure.reported(String.format(Locale.ROOT, "Dataset build: %,d readings", Dataset.readings()), dataset.build().buildTime().toMillis() / 1000.0, Unit.SECONDS),
                Figure.reported("Dataset build rate", build.perSecond(), Unit.READINGS_PER_SECOND),
                Figure.reported("Dataset file size", Files.size(dataset.file()) / 1e6, Unit.MEGABYTES));
    }

    private static List<Figure> inProcessQueries(Dataset dataset) throws Exception {
        dataset.readIntoPageCache();
        try (OpenConnectionDataSource connection = new OpenConnectionDataSource(SqliteDatabases.open(dataset.file()))) {
            InProcessQueries queries = new InProcessQueries(connection, dataset.deviceIds());
            Latencies day = queries.measure(HistoryQueries.DAY_RAW);
            Latencies month = queries.measure(HistoryQueries.MONTH_HOURLY);
            Latencies dayThroughJpa;
            try (TimeseriesUnit unit = new TimeseriesUnit(connection)) {
                dayThroughJpa = new JpaRawHistory(unit, dataset.deviceIds()).measure();
            }
            return List.of(
                    new Figure(name("In process", HistoryQueries.DAY_RAW, "p50"), day.p50Millis(), Unit.MILLISECONDS, Target.below(10)),
                    Figure.reported(name("In process", HistoryQueries.DAY_RAW, "p95"), day.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("In process through JPA (EclipseLink, JPQL)", HistoryQueries.DAY_RAW, "p50"), dayThroughJpa.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("In process through JPA (EclipseLink, JPQL)", HistoryQueries.DAY_RAW, "p95"), dayThroughJpa.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported("24 h raw in process, JPA time over JDBC time, p50", dayThroughJpa.p50Millis() / day.p50Millis(), Unit.TIMES),
                    Figure.reported("24 h raw in process, JPA time over JDBC time, p95", dayThroughJpa.p95Millis() / day.p95Millis(), Unit.TIMES),
                    new Figure(name("In process", HistoryQueries.MONTH_HOURLY, "p50"), month.p50Millis(), Unit.MILLISECONDS, Target.below(50)),
                    Figure.reported(name("In process", HistoryQueries.MONTH_HOURLY, "p95"), month.p95Millis(), Unit.MILLISECONDS));
        }
    }

    private static List<Figure> server(BenchmarkSettings settings, Dataset dataset) throws Exception {
        Path database = settings.directory().resolve("server/timeseries.db");
        dataset.copyTo(database);
        try (BenchmarkServer server = new BenchmarkServer(settings, database, settings.directory().resolve("server/data"))) {
            Duration toReady = server.start();
            HttpBenchmark http = new HttpBenchmark(server, dataset.deviceIds());
            Latencies day = http.measure(HistoryQueries.DAY_RAW);
            Latencies month = http.measure(HistoryQueries.MONTH_HOURLY);
            Throughput ingest = http.ingest(CLIENTS, HTTP_READINGS_PER_REQUEST, HTTP_READINGS, HTTP_WARM_UP_REQUESTS);
            BenchmarkServer.Memory memory = server.memory();
            return List.of(
                    Figure.reported("Server start to ready, on the dataset", toReady.toMillis() / 1000.0, Unit.SECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "p50"), day.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "p95"), day.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.MONTH_HOURLY, "p50"), month.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.MONTH_HOURLY, "p95"), month.p95Millis(), Unit.MILLISECONDS),
                    new Figure(String.format(Locale.ROOT, "HTTP ingest: %,d readings, arrays of %,d from %d threads", HTTP_READINGS, HTTP_READINGS_PER_REQUEST, CLIENTS),
                            ingest.perSecond(), Unit.READINGS_PER_SECOND, Target.atLeast(100_000)),
                    Figure.reported("Server resident memory (VmRSS) after the run", memory.residentKb() / 1024.0, Unit.MEGABYTES),
                    Figure.reported("Server peak resident memory (VmHWM)", memory.peakResidentKb() / 1024.0, Unit.MEGABYTES));
        }
    }

    private static String name(String where, HistoryQueries query, String percentile) {
        return String.format(Locale.ROOT, "%s: one device, %s (%,d points), %s", where, query.label(), query.points(), percentile);
    }
}
