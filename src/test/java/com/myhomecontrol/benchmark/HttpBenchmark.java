package com.myhomecontrol.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

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
        return measure(query, "");
    }

    /** As {@link #measure(HistoryQueries)}, with more query parameters ({@code &fields=power_w}). */
    Latencies measure(HistoryQueries query, String parameters) throws Exception {
        List<HistoryWindow> warmUp = checkedWarmUp(query, parameters);
        return Latencies.measure(warmUp, query.timedWindows(deviceIds), window -> history(query, window, parameters));
    }

    /** Queries the server as a running one has been queried: see {@link HistoryQueries#SERVER_WARM_UP}. */
    void warmUpServer(HistoryQueries query, String parameters) throws IOException, InterruptedException {
        for (HistoryWindow window : query.serverWarmUpWindows(deviceIds)) {
            history(query, window, parameters);
        }
    }

    /** The same windows sent by {@code clients} threads at once; each query timed on its own. */
    Latencies measureConcurrent(HistoryQueries query, String parameters, int clients) throws Exception {
        List<HistoryWindow> warmUp = checkedWarmUp(query, parameters);
        return Latencies.concurrent(clients, warmUp, query.timedWindows(deviceIds), window -> history(query, window, parameters));
    }

    /** The bytes of the first window's answer as sent, with the Accept-Encoding given. */
    long answerBytes(HistoryQueries query, String acceptEncoding) throws IOException, InterruptedException {
        return api.viewerGetAccepting(historyPath(query, query.warmUpWindows(deviceIds).get(0), ""), acceptEncoding).body().length;
    }

    /** The window's answer through gzip, timed with the client's decompression, as a browser receives it. */
    Latencies measureGzipped(HistoryQueries query) throws Exception {
        Task<HistoryWindow> gzipped = window -> {
            try (InputStream body = new GZIPInputStream(new ByteArrayInputStream(
                    api.viewerGetAccepting(historyPath(query, window, ""), "gzip").body()))) {
                body.readAllBytes();
            }
        };
        return Latencies.measure(query.warmUpWindows(deviceIds), query.timedWindows(deviceIds), gzipped);
    }

    private List<HistoryWindow> checkedWarmUp(HistoryQueries query, String parameters) throws IOException, InterruptedException {
        List<HistoryWindow> warmUp = query.warmUpWindows(deviceIds);
        HistoryWindow first = warmUp.get(0);
        try (JsonReader json = Json.createReader(new ByteArrayInputStream(history(query, first, parameters)))) {
            query.check(first, json.readObject().getJsonArray("points").size());
        }
        return warmUp;
    }

    /**
     * {@code readings} new readings, from plugs not in the dataset, posted in arrays of
     * {@code perRequest} by {@code clients} threads, after {@code warmUpRequests} untimed posts of
     * other plugs. The bodies are made beforehand: the client's JSON is not part of the measurement.
     */
    Throughput ingest(int clients, int perRequest, int readings, int warmUpRequests) throws Exception {
        return ingest(List.of(this), "http", clients, perRequest, readings, warmUpRequests);
    }

    /**
     * As {@link #ingest(int, int, int, int)} through several servers of one store at once, as a
     * round-robin balancer delivers: the posts go to each server in turn, from {@code clientsPerServer}
     * threads for each server; every server gets plugs of its own, named after {@code plugs}, and
     * {@code readings} of them.
     */
    static Throughput ingest(List<HttpBenchmark> servers, String plugs, int clientsPerServer, int perRequest, int readings,
                             int warmUpRequests) throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        List<List<Post>> warmUp = new ArrayList<>();
        List<List<Post>> timed = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            HttpBenchmark server = servers.get(i);
            String prefix = plugs + (servers.size() == 1 ? "" : "-" + (i + 1));
            warmUp.add(posts(server, new Household(prefix + "-warm-up", INGEST_PLUGS, start, 10, 3L + 2L * i), warmUpRequests * perRequest, perRequest));
            timed.add(posts(server, new Household(prefix + "-ingest", INGEST_PLUGS, start, 10, 4L + 2L * i), readings, perRequest));
        }
        int clients = clientsPerServer * servers.size();
        ConcurrentClients.run(clients, inTurn(warmUp).iterator(), Post::send);
        return new Throughput((long) readings * servers.size(), ConcurrentClients.run(clients, inTurn(timed).iterator(), Post::send));
    }

    private record Post(HttpBenchmark server, byte[] body) {
        void send() throws IOException, InterruptedException {
            server.api.operatorPost("/api/energy/readings", body);
        }
    }

    private static List<Post> posts(HttpBenchmark server, Household household, int readings, int perRequest) {
        return household.prepareBatches(readings, perRequest).stream().map(batch -> new Post(server, ReadingsJson.body(batch))).toList();
    }

    /** The first post of each server, then the second of each, and so on. */
    private static List<Post> inTurn(List<List<Post>> perServer) {
        List<Post> inTurn = new ArrayList<>();
        int longest = perServer.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < longest; k++) {
            for (List<Post> posts : perServer) {
                if (k < posts.size()) {
                    inTurn.add(posts.get(k));
                }
            }
        }
        return inTurn;
    }

    private byte[] history(HistoryQueries query, HistoryWindow window, String parameters) throws IOException, InterruptedException {
        return api.viewerGet(historyPath(query, window, parameters));
    }

    private static String historyPath(HistoryQueries query, HistoryWindow window, String parameters) {
        return "/api/energy/history?device_id=" + URLEncoder.encode(window.deviceId(), StandardCharsets.UTF_8)
                + "&start=" + window.range().startSecond() + "&end=" + window.range().endSecond()
                + "&bucket=" + query.bucket().label() + parameters;
    }

}
