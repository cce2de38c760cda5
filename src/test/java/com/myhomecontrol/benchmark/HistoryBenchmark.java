package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.control.EnergySummaryQuery;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.it.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * History as charts and the home overview ask for it, on the time-series benchmark's dataset: in
 * process and over HTTP side by side, one client and four at once, all fields and one, with and
 * without gzip. Writes its section of docs/benchmarks.md.
 */
public final class HistoryBenchmark {

    static final String COMMAND = TimeseriesBenchmark.COMMAND + " -Dbenchmark=history";

    private static final int CLIENTS = 4;
    private static final String POWER_ONLY = "&fields=power_w";
    /** The end of the dataset's first month, in the zone of the summary: a whole month of hourly statistics to sum. */
    static final Instant SUMMARY_NOW = Instant.parse("2026-09-30T21:00:00Z");
    private static final ZoneId SUMMARY_ZONE = ZoneId.of("Europe/Berlin");

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Files.createDirectories(settings.directory());
        Dataset dataset = Dataset.obtain(settings.directory().resolve("dataset"));
        List<Figure> figures = new ArrayList<>(inProcess(dataset));
        figures.addAll(server(settings, dataset));
        String markdown = new HistoryReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), Machine.describe(), figures).markdown();
        ReportFile.writeSection(settings.report(), "history", markdown);
        System.out.println(markdown);
        System.out.println("Written to " + settings.report());
    }

    private static List<Figure> inProcess(Dataset dataset) throws Exception {
        dataset.readIntoPageCache();
        try (OpenConnectionDataSource connection = new OpenConnectionDataSource(SqliteDatabases.open(dataset.file()))) {
            InProcessQueries queries = new InProcessQueries(connection, dataset.deviceIds());
            Latencies streamed = queries.measureStreamed(HistoryQueries.DAY_RAW, EnergyField.ALL);
            Latencies powerOnly = queries.measureStreamed(HistoryQueries.DAY_RAW, List.of(EnergyField.POWER_W));
            Latencies entities = queries.measure(HistoryQueries.DAY_RAW);
            Latencies year = queries.measure(HistoryQueries.YEAR_DAILY);
            EnergySummaryQuery summaries = new EnergySummaryQuery(connection, new EnergyHistoryQuery(connection));
            Latencies summary = Latencies.measure(warmUp(), timed(), round -> check(summaries.all(SUMMARY_ZONE, SUMMARY_NOW).size()));
            return List.of(
                    Figure.reported(name("In process", HistoryQueries.DAY_RAW, "written as JSON (the server's path), p50"), streamed.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("In process", HistoryQueries.DAY_RAW, "written as JSON, p95"), streamed.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("In process", HistoryQueries.DAY_RAW, "fields=power_w written as JSON, p50"), powerOnly.p50Millis(), Unit.MILLISECONDS),
                    // The aim is twice SQLite's C API reading the rows: the read, without the JSON written from it.
                    new Figure(name("In process", HistoryQueries.DAY_RAW, "read into entities (what JSON-B was handed before), p50"), entities.p50Millis(), Unit.MILLISECONDS, Target.below(6)),
                    Figure.reported(name("In process", HistoryQueries.YEAR_DAILY, "p50"), year.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(String.format(Locale.ROOT, "In process: energy summary of %d plugs, a whole month of hourly statistics each, p50", Dataset.PLUGS),
                            summary.p50Millis(), Unit.MILLISECONDS));
        }
    }

    private static void check(int plugs) {
        if (plugs != Dataset.PLUGS) {
            throw new IllegalStateException("The summary answered " + plugs + " plugs, not " + Dataset.PLUGS);
        }
    }

    private static List<Figure> server(BenchmarkSettings settings, Dataset dataset) throws Exception {
        Path database = settings.directory().resolve("server/timeseries.db");
        dataset.copyTo(database);
        Folders.deleteTree(settings.directory().resolve("server/data"));
        Path data = settings.directory().resolve("server/data");
        try (BenchmarkServer server = new BenchmarkServer(settings, database, data)) {
            server.start();
            ApiClient api = new ApiClient(server);
            HttpBenchmark http = new HttpBenchmark(server, dataset.deviceIds());
            HomeOverview overview = new HomeOverview(api, data.resolve("media"));
            overview.seed();
            http.warmUpServer(HistoryQueries.DAY_RAW, "");
            http.warmUpServer(HistoryQueries.DAY_RAW, POWER_ONLY);
            Latencies day = http.measure(HistoryQueries.DAY_RAW);
            Latencies dayConcurrent = http.measureConcurrent(HistoryQueries.DAY_RAW, "", CLIENTS);
            Latencies power = http.measure(HistoryQueries.DAY_RAW, POWER_ONLY);
            Latencies powerConcurrent = http.measureConcurrent(HistoryQueries.DAY_RAW, POWER_ONLY, CLIENTS);
            Latencies dayGzipped = http.measureGzipped(HistoryQueries.DAY_RAW);
            Latencies year = http.measure(HistoryQueries.YEAR_DAILY);
            Latencies home = overview.measure();
            Latencies smallest = Latencies.measure(warmUp(), timed(), round -> api.viewerGet("/api/weather/latest"));
            Latencies unauthenticated = Latencies.measure(warmUp(), timed(), round -> api.anonymousGet("/health/live"));
            return List.of(
                    new Figure(name("HTTP", HistoryQueries.DAY_RAW, "p50"), day.p50Millis(), Unit.MILLISECONDS, Target.below(10)),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "p95"), day.p95Millis(), Unit.MILLISECONDS),
                    new Figure(name("HTTP", HistoryQueries.DAY_RAW, CLIENTS + " clients at once, p50"), dayConcurrent.p50Millis(), Unit.MILLISECONDS, Target.below(25)),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, CLIENTS + " clients at once, p95"), dayConcurrent.p95Millis(), Unit.MILLISECONDS),
                    new Figure(name("HTTP", HistoryQueries.DAY_RAW, "fields=power_w, p50"), power.p50Millis(), Unit.MILLISECONDS, Target.below(10)),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "fields=power_w, p95"), power.p95Millis(), Unit.MILLISECONDS),
                    new Figure(name("HTTP", HistoryQueries.DAY_RAW, "fields=power_w, " + CLIENTS + " clients at once, p50"), powerConcurrent.p50Millis(), Unit.MILLISECONDS, Target.below(25)),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "fields=power_w, " + CLIENTS + " clients at once, p95"), powerConcurrent.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "gzip, with the client's decompression, p50"), dayGzipped.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "answer size"), http.answerBytes(HistoryQueries.DAY_RAW, "identity") / 1e3, Unit.KILOBYTES),
                    Figure.reported(name("HTTP", HistoryQueries.DAY_RAW, "answer size with gzip"), http.answerBytes(HistoryQueries.DAY_RAW, "gzip") / 1e3, Unit.KILOBYTES),
                    new Figure(name("HTTP", HistoryQueries.YEAR_DAILY, "p50"), year.p50Millis(), Unit.MILLISECONDS, Target.below(10)),
                    new Figure("HTTP: the home overview's data calls one after another (" + String.join(", ", HomeOverview.CALLS) + "), p50",
                            home.p50Millis(), Unit.MILLISECONDS, Target.below(50)),
                    Figure.reported("HTTP: the home overview's data calls, p95", home.p95Millis(), Unit.MILLISECONDS),
                    Figure.reported("HTTP: a small API answer with Basic authentication (GET /api/weather/latest), p50", smallest.p50Millis(), Unit.MILLISECONDS),
                    Figure.reported("HTTP: GET /health/live, no authentication, p50", unauthenticated.p50Millis(), Unit.MILLISECONDS));
        }
    }

    private static List<Integer> warmUp() {
        return IntStream.range(0, HistoryQueries.WARM_UP).boxed().toList();
    }

    private static List<Integer> timed() {
        return IntStream.range(0, HistoryQueries.TIMED).boxed().toList();
    }

    private static String name(String where, HistoryQueries query, String what) {
        return String.format(Locale.ROOT, "%s: one plug, %s (%,d points), %s", where, query.label(), query.points(), what);
    }
}
