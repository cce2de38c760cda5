package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data calls of the home overview page, one after another as the page makes them, against the
 * server on the dataset with a weather station and recordings posted through the API beforehand.
 */
final class HomeOverview {

    static final List<String> CALLS = List.of("/api/health", "/api/energy/summary?tz=Europe/Berlin", "/api/weather/latest",
            "/api/recordings?limit=6&with_ai_analysis=true");
    static final int RECORDINGS = 200;
    private static final List<String> MODULES = List.of("indoor", "outdoor", "wind", "rain");
    private static final int WEATHER_READINGS = 288;

    private final ApiClient api;
    private final Path mediaRoot;

    /** {@code mediaRoot} is where the server's MEDIA_ROOTS lets recordings lie. */
    HomeOverview(ApiClient api, Path mediaRoot) {
        this.api = api;
        this.mediaRoot = mediaRoot;
    }

    void seed() throws IOException, InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String module : MODULES) {
            api.operatorPost("/api/weather/readings", utf8(IntStream.range(0, WEATHER_READINGS).mapToObj(i -> String.format(Locale.ROOT,
                    "{\"station_id\":\"70:ee:50:00:00:01\",\"module_type\":\"%s\",\"timestamp\":%d,\"temperature_c\":%.1f,\"humidity_percent\":55}",
                    module, now.getEpochSecond() - (WEATHER_READINGS - i) * 300L, 18 + i % 7 / 2.0)).collect(Collectors.joining(",", "[", "]"))));
        }
        api.operatorPost("/api/recordings", utf8(IntStream.range(0, RECORDINGS).mapToObj(i -> String.format(Locale.ROOT,
                "{\"recording_id\":\"bench-%d\",\"camera_id\":\"front-door\",\"file_path\":\"%s\","
                        + "\"file_size_bytes\":1048576,\"duration_seconds\":30,\"timestamp\":%d}",
                i, mediaRoot.resolve("front-door/bench-" + i + ".mp4"), now.getEpochSecond() - (RECORDINGS - i) * 60L)).collect(Collectors.joining(",", "[", "]"))));
    }

    Latencies measure() throws Exception {
        List<Integer> warmUp = IntStream.range(0, HistoryQueries.WARM_UP).boxed().toList();
        List<Integer> timed = IntStream.range(0, HistoryQueries.TIMED).boxed().toList();
        return Latencies.measure(warmUp, timed, round -> {
            for (String call : CALLS) {
                api.viewerGet(call);
            }
        });
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
