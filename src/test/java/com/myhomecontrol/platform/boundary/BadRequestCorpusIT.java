package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bad request of the corpus (src/test/resources/bad-requests) is answered with its 4xx
 * problem, naming what is wrong, and leaves the listing it could have changed as it was.
 */
class BadRequestCorpusIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** What each listing showed after the last case that could have changed it. */
    private final Map<String, String> states = new HashMap<>();

    @BeforeAll
    static void storeWhatTheCasesName() {
        String media = LibertyServer.dataDirectory().resolve("media").toString();
        long before = NOW.getEpochSecond() - 3600;
        stored("/api/energy/readings", "{\"device_id\":\"corpus-plug\",\"timestamp\":" + before + ",\"power_w\":1}");
        stored("/api/weather/readings", "{\"station_id\":\"corpus-station\",\"module_type\":\"indoor\",\"timestamp\":" + before
                + ",\"temperature_c\":20}");
        stored("/api/recordings", "{\"recording_id\":\"corpus-recording\",\"camera_id\":\"corpus-cam\",\"file_path\":\""
                + media + "/corpus-recording.mp4\",\"file_size_bytes\":1}");
        stored("/api/snapshots", "{\"snapshot_id\":\"corpus-snapshot\",\"camera_id\":\"corpus-cam\",\"file_path\":\""
                + media + "/corpus-snapshot.jpg\",\"file_size_bytes\":1}");
        var configured = Api.put("/api/devices/config",
                "{\"tapo_plugs\":[{\"device_id\":\"corpus-plug\",\"host\":\"127.0.0.1:9\",\"poll_seconds\":86400}]}", ADMIN);
        assertEquals(200, configured.statusCode(), configured.body());
    }

    /** The tests after this one find no device configured, as the server started. */
    @AfterAll
    static void removeThePlugConfigured() {
        assertEquals(204, Api.delete("/api/devices/corpus-plug", ADMIN).statusCode());
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedAndStoresNothing() {
        var corpus = new BadRequestCorpus(Map.of("now", NOW.toString(),
                "media", LibertyServer.dataDirectory().resolve("media").toString()));
        return corpus.requests().map(request -> DynamicTest.dynamicTest(request.name(), () -> assertRefused(request)));
    }

    private void assertRefused(BadRequest request) {
        try {
            assertAnswered(request);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(request.name() + ": " + e.getMessage(), e);
        }
    }

    private void assertAnswered(BadRequest request) {
        String before = states.computeIfAbsent(request.stored(), BadRequestCorpusIT::state);
        HttpResponse<String> response = Api.send(request.method(), request.path(), request.body(), request.user());
        String after = state(request.stored());
        states.put(request.stored(), after);

        if (request.status() == 400) {
            assertInvalidField(response, request.field());
        } else {
            assertProblem(response, request.status());
        }
        assertEquals(before, after, "the " + request.stored() + " changed");
    }

    /** A count for the stored listings; the configuration, byte for byte, for the devices. */
    private static String state(String listing) {
        return switch (listing) {
            case "energy readings" -> String.valueOf(sum(Api.get("/api/energy/devices", VIEWER)));
            case "weather readings" -> String.valueOf(sum(Api.get("/api/weather/stations", VIEWER)));
            case "recordings" -> String.valueOf(Api.object(Api.get("/api/recordings?limit=1", VIEWER)).getJsonNumber("total"));
            case "snapshots" -> String.valueOf(Api.object(Api.get("/api/snapshots?limit=1", VIEWER)).getJsonNumber("total"));
            case "recording analyses" -> String.valueOf(analyses("/api/recordings/corpus-recording/ai-analysis"));
            case "snapshot analyses" -> String.valueOf(analyses("/api/snapshots/corpus-snapshot/ai-analysis"));
            case "devices configuration" -> devicesConfiguration();
            default -> throw new IllegalArgumentException("No listing called " + listing);
        };
    }

    /** As an admin reads it, and as the devices file (the server's default, data/devices.json) holds it. */
    private static String devicesConfiguration() {
        var response = Api.get("/api/devices/config", ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        try {
            return response.body() + Files.readString(LibertyServer.dataDirectory().resolve("devices.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sum(HttpResponse<String> series) {
        return Api.parse(series).asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(s -> s.getJsonNumber("reading_count").longValue()).sum();
    }

    private static long analyses(String path) {
        return Api.object(Api.get(path, VIEWER)).getJsonArray("ai_analysis").size();
    }

    private static void stored(String path, String json) {
        var response = Api.post(path, json, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
    }
}
