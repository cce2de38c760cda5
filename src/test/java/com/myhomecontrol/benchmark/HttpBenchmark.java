package com.myhomecontrol.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The history queries and batched ingest over HTTP, against the running server, as a client sees them. */
final class HttpBenchmark {

    private static final int INGEST_PLUGS = 20;

    private final ApiClient api;
    private final List<String> deviceIds;

    HttpBenchmark(BenchmarkServer server, List<String> deviceIds) {
        this.api = new ApiClient(server);
        this.deviceIds = deviceIds;
    }

    /** Checks that the first window answers with the expected points, then times the rest as {@link InProcessQueries} does. */
    Latencies measure(HistoryQueries query) throws Exception {
        List<HistoryWindow> warmUp = query.warmUpWindows(deviceIds);
        HistoryWindow first = warmUp.get(0);
        try (JsonReader json = Json.createReader(new ByteArrayInputStream(history(query, first)))) {
            query.check(first, json.readObject().getJsonArray("points").size());
        }
        return Latencies.measure(warmUp, query.timedWindows(deviceIds), window -> history(query, window));
    }

    /**
     * {@code readings} new readings, from plugs not in the dataset, posted in arrays of
     * {@code perRequest} by {@code clients} threads, after {@code warmUpRequests} untimed posts of
     * other plugs. The bodies are made beforehand: the client's JSON is not part of the measurement.
     */
    Throughput ingest(int clients, int perRequest, int readings, int warmUpRequests) throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        List<byte[]> warmUp = bodies(new Household("http-warm-up", INGEST_PLUGS, start, 10, 3L), warmUpRequests * perRequest, perRequest);
        List<byte[]> timed = bodies(new Household("http-ingest", INGEST_PLUGS, start, 10, 4L), readings, perRequest);
        ConcurrentClients.run(clients, warmUp.iterator(), this::post);
        return new Throughput(readings, ConcurrentClients.run(clients, timed.iterator(), this::post));
    }

    private byte[] history(HistoryQueries query, HistoryWindow window) throws IOException, InterruptedException {
        return api.viewerGet("/api/energy/history?device_id=" + URLEncoder.encode(window.deviceId(), StandardCharsets.UTF_8)
                + "&start=" + window.range().startSecond() + "&end=" + window.range().endSecond()
                + "&bucket=" + query.bucket().label());
    }

    private void post(byte[] body) throws IOException, InterruptedException {
        api.operatorPost("/api/energy/readings", body);
    }

    private static List<byte[]> bodies(Household household, int readings, int perRequest) {
        return household.prepareBatches(readings, perRequest).stream().map(ReadingsJson::body).toList();
    }
}
