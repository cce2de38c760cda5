package com.myhomecontrol.benchmark;

import com.myhomecontrol.benchmark.Figure.Target;
import com.myhomecontrol.it.Folders;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the server costs to run: its start on the dataset, its resident memory at rest with the
 * emulated home and after an HTTP ingest, where that memory goes, and the README's run command
 * once built. Writes its section of docs/benchmarks.md.
 */
public final class FootprintBenchmark {

    static final String COMMAND = TimeseriesBenchmark.COMMAND + " -Dbenchmark=footprint";
    /** How long the server polls the emulated home before its memory at rest is read. */
    static final Duration REST = Duration.ofSeconds(60);
    static final int INGEST_CLIENTS = 4;
    static final int INGEST_PER_REQUEST = 1_000;
    static final int INGEST_READINGS = 300_000;
    private static final int INGEST_WARM_UP_REQUESTS = 50;
    private static final Duration DEVICES_POLLED_TIMEOUT = Duration.ofMinutes(2);

    private FootprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Files.createDirectories(settings.directory());
        Dataset dataset = Dataset.obtain(settings.directory().resolve("dataset"));
        List<Figure> figures = new ArrayList<>(server(settings, dataset));
        figures.add(readmeRun(settings));
        String markdown = new FootprintReport(Instant.now(), Duration.ofNanos(System.nanoTime() - begin), Machine.describe(), figures).markdown();
        ReportFile.writeSection(settings.report(), "footprint", markdown);
        System.out.println(markdown);
        System.out.println("Written to " + settings.report());
    }

    private static List<Figure> server(BenchmarkSettings settings, Dataset dataset) throws Exception {
        Path database = settings.directory().resolve("server/timeseries.db");
        dataset.copyTo(database);
        Folders.deleteTree(settings.directory().resolve("server/data"));
        try (BenchmarkServer server = new BenchmarkServer(settings, database, settings.directory().resolve("server/data"),
                Map.of("HOMECONTROL_EMULATED_HOME", "true"))) {
            Duration toReady = server.start();
            ApiClient api = new ApiClient(server);
            awaitDevicesPolled(api);
            Thread.sleep(REST.toMillis());
            BenchmarkServer.Memory atRest = server.memory();
            JvmCounters restCounters = JvmCounters.of(server.pid());
            Throughput ingest = new HttpBenchmark(server, dataset.deviceIds()).ingest(INGEST_CLIENTS, INGEST_PER_REQUEST, INGEST_READINGS, INGEST_WARM_UP_REQUESTS);
            BenchmarkServer.Memory afterIngest = server.memory();
            JvmCounters ingestCounters = JvmCounters.of(server.pid());
            List<Figure> figures = new ArrayList<>(List.of(
                    new Figure("Server start to ready, on the dataset, polling the emulated home", toReady.toMillis() / 1000.0, Unit.SECONDS, Target.below(8)),
                    new Figure("Resident memory (VmRSS) at rest, polling the emulated home", megabytes(atRest.residentKb()), Unit.MEGABYTES, Target.below(400))));
            figures.addAll(breakdown("at rest", atRest, restCounters));
            figures.add(Figure.reported(String.format(Locale.ROOT, "HTTP ingest: %,d readings, arrays of %,d from %d threads, beside the polls",
                    INGEST_READINGS, INGEST_PER_REQUEST, INGEST_CLIENTS), ingest.perSecond(), Unit.READINGS_PER_SECOND));
            figures.add(new Figure("Resident memory (VmRSS) after the HTTP ingest", megabytes(afterIngest.residentKb()), Unit.MEGABYTES, Target.below(400)));
            figures.add(Figure.reported("Peak resident memory (VmHWM) during the run", megabytes(afterIngest.peakResidentKb()), Unit.MEGABYTES));
            figures.addAll(breakdown("after the ingest", afterIngest, ingestCounters));
            return figures;
        }
    }

    private static List<Figure> breakdown(String when, BenchmarkServer.Memory memory, JvmCounters counters) {
        double other = megabytes(memory.residentKb()) - (counters.heapCommittedBytes() + counters.metaspaceCommittedBytes()) / 1024.0 / 1024.0;
        return List.of(
                Figure.reported("Java heap committed " + when + " (of it in use, garbage included: "
                        + Unit.MEGABYTES.format(counters.heapUsedBytes() / 1024.0 / 1024.0) + ")", counters.heapCommittedBytes() / 1024.0 / 1024.0, Unit.MEGABYTES),
                Figure.reported("Metaspace committed " + when, counters.metaspaceCommittedBytes() / 1024.0 / 1024.0, Unit.MEGABYTES),
                Figure.reported("The rest of the resident memory " + when + " (JIT code and compilers, GC structures, thread stacks, "
                        + counters.liveThreads() + " threads, SQLite, the JVM itself)", other, Unit.MEGABYTES));
    }

    private static Figure readmeRun(BenchmarkSettings settings) throws Exception {
        Path data = settings.directory().resolve("readme-run-data");
        Folders.deleteTree(data);
        Map<String, String> environment = Map.of("HTTP_HOST", "127.0.0.1", "HTTP_PORT", String.valueOf(settings.httpPort()),
                "HTTPS_PORT", String.valueOf(settings.httpsPort()), "HOMECONTROL_DATA_DIR", data.toString(),
                "HOMECONTROL_ADMIN_PASSWORD", "readme-run-admin", "HOMECONTROL_VIEWER_PASSWORD", "readme-run-viewer",
                "HOMECONTROL_OPERATOR_PASSWORD", "readme-run-operator");
        ReadmeRun run = new ReadmeRun(settings, environment);
        // The first run may still create the server; "once built" is the run after it.
        run.timeToReady();
        Duration toReady = run.timeToReady();
        return new Figure("The README's run command (`mvn " + String.join(" ", ReadmeRun.COMMAND) + "`), once built, to ready",
                toReady.toMillis() / 1000.0, Unit.SECONDS, Target.below(20));
    }

    /** Waits until /api/health counts every device of the emulated home online or degraded: each has been polled. */
    private static void awaitDevicesPolled(ApiClient api) throws Exception {
        long deadline = System.nanoTime() + DEVICES_POLLED_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(api.viewerGet("/api/health")))) {
                JsonObject devices = reader.readObject().getJsonObject("devices");
                int total = devices.getInt("total");
                if (total > 0 && devices.getInt("online") + devices.getInt("degraded") == total) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The emulated home's devices were not all polled within " + DEVICES_POLLED_TIMEOUT);
    }

    private static double megabytes(long kilobytes) {
        return kilobytes / 1024.0;
    }
}
