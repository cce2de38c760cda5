package com.myhomecontrol.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The history queries and batched ingest over HTTP, against the running server, as a client sees them. */
final class HttpBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int INGEST_PLUGS = 20;

    private final BenchmarkServer server;
    private final List<String> deviceIds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpBenchmark(BenchmarkServer server, List<String> deviceIds) {
        this.server = server;
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
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/energy/history?device_id=" + URLEncoder.encode(window.deviceId(), StandardCharsets.UTF_8)
                        + "&start=" + window.range().startSecond() + "&end=" + window.range().endSecond()
                        + "&bucket=" + query.bucket().label()))
                .header("Authorization", server.viewerAuthorization())
                .timeout(REQUEST_TIMEOUT)
                .GET().build();
        return expectSuccess(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private void post(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/energy/readings"))
                .header("Authorization", server.operatorAuthorization())
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        expectSuccess(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static byte[] expectSuccess(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static List<byte[]> bodies(Household household, int readings, int perRequest) {
        return household.prepareBatches(readings, perRequest).stream().map(ReadingsJson::body).toList();
    }
}
