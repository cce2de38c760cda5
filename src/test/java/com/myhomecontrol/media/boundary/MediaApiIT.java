package com.myhomecontrol.media.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The media API over HTTP, on PostgreSQL: what the existing clients do, every filter and the cursor. */
class MediaApiIT {

    private final String camera = "cam-" + UUID.randomUUID();
    private final Instant base = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void onPostgres() {
        JsonObject status = MediaFailoverIT.storeStatus();
        assertEquals("postgresql", status.getString("active_store"), "these tests are meant for PostgreSQL: " + status);
    }

    @Test
    void theSeedsUsageAddARecordingAnAnalysisAndListTheCamerasRecordingsWithTheirAnalyses() {
        String recording = camera + "-rec";
        assertEquals(200, Api.post("/api/recordings", recording(recording, "motion", base, "{\"resolution\":\"1080p\"}"), OPERATOR).statusCode());
        var added = Api.post("/api/recordings/" + recording + "/ai-analysis",
                "{\"analysis_type\":\"person\",\"confidence\":0.91,\"details\":{\"boxes\":[{\"x\":10,\"y\":20}],\"count\":1}}", OPERATOR);
        assertEquals(201, added.statusCode(), added.body());
        String analysisId = Api.object(added).getJsonArray("analysis_ids").getString(0);

        JsonObject page = Api.object(Api.get("/api/recordings?camera_id=" + camera + "&with_ai_analysis=true", VIEWER));
        assertEquals(1, page.getInt("total"));
        JsonObject listed = page.getJsonArray("recordings").getJsonObject(0);
        assertEquals(recording, listed.getString("recording_id"));
        assertEquals("motion", listed.getString("recording_type"));
        assertEquals("1080p", listed.getJsonObject("metadata").getString("resolution"));
        JsonObject analysis = listed.getJsonArray("ai_analysis").getJsonObject(0);
        assertEquals(analysisId, analysis.getString("analysis_id"));
        assertEquals(0.91, analysis.getJsonNumber("confidence").doubleValue());
        assertEquals(10, analysis.getJsonObject("details").getJsonArray("boxes").getJsonObject(0).getInt("x"));

        assertEquals(analysisId, Api.object(Api.get("/api/recordings/" + recording + "/ai-analysis", VIEWER))
                .getJsonArray("ai_analysis").getJsonObject(0).getString("analysis_id"));
        assertEquals(base.toString(), Api.object(Api.get("/api/recordings/" + recording, VIEWER)).getString("timestamp"));
    }

    @Test
    void anUpsertReplacesByIdAndKeepsItsAnalyses() {
        String recording = camera + "-upsert";
        Api.post("/api/recordings", recording(recording, "motion", base, "{\"v\":1}"), OPERATOR);
        Api.post("/api/recordings/" + recording + "/ai-analysis", "{\"analysis_type\":\"cat\",\"confidence\":0.5}", OPERATOR);
        String created = Api.object(Api.get("/api/recordings/" + recording, VIEWER)).getString("created_at");

        assertEquals(200, Api.post("/api/recordings", "[" + recording(recording, "emergency", base, "{\"v\":2}") + "]", OPERATOR).statusCode());

        JsonObject stored = Api.object(Api.get("/api/recordings/" + recording, VIEWER));
        assertEquals("emergency", stored.getString("recording_type"));
        assertTrue(stored.getBoolean("is_emergency"), "an emergency recording is an emergency unless told otherwise");
        assertEquals(2, stored.getJsonObject("metadata").getInt("v"));
        assertEquals(created, stored.getString("created_at"));
        assertEquals(1, Api.object(Api.get("/api/recordings/" + recording + "/ai-analysis", VIEWER)).getJsonArray("ai_analysis").size());
        assertEquals(1, Api.object(Api.get("/api/recordings?camera_id=" + camera, VIEWER)).getInt("total"));
    }

    @Test
    void everyFilterSelectsWhatItNames() {
        post(recording("a", "motion", base.minusSeconds(3600 * 30), "{\"zone\":\"porch\",\"tags\":[\"person\",\"night\"]}"));
        post(recording("b", "emergency", base.minusSeconds(60), "{\"zone\":\"garden\"}"));
        post(recording("c", "automatic", base, "{\"zone\":\"porch\",\"tags\":[\"cat\"]}").replace("\"is_unusual\":false", "\"is_unusual\":true"));
        Api.post("/api/recordings/" + camera + "-a/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.95}", OPERATOR);
        Api.post("/api/recordings/" + camera + "-c/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.40}", OPERATOR);

        assertIds("", "c", "b", "a");
        assertIds("&recording_type=motion", "a");
        assertIds("&emergency_only=true", "b");
        assertIds("&unusual_only=true", "c");
        assertIds("&since=" + base.minusSeconds(120), "c", "b");
        assertIds("&until=" + base, "b", "a");
        assertIds("&hours=" + (Duration.between(base.minusSeconds(3600), Instant.now()).toHours() + 1), "c", "b");
        assertIds("&analysis_type=person", "c", "a");
        assertIds("&analysis_type=person&min_confidence=0.9", "a");
        assertIds("&min_confidence=0.3", "c", "a");
        assertIds("&metadata=" + encode("{\"zone\":\"porch\"}"), "c", "a");
        assertIds("&metadata=" + encode("{\"tags\":[\"night\"]}"), "a");
        assertIds("&metadata=" + encode("{\"zone\":\"porch\",\"tags\":[\"dog\"]}"));
    }

    @Test
    void theCursorPagesThroughEveryRecordingOnceInOrderWhileNewOnesArrive() {
        // Pairs share a timestamp so that the id decides the order within them.
        String body = IntStream.range(0, 45)
                .mapToObj(i -> recording(String.format("%03d", i), "automatic", base.minusSeconds(i / 2 * 10L), "{}"))
                .collect(Collectors.joining(",", "[", "]"));
        assertEquals(200, Api.post("/api/recordings", body, OPERATOR).statusCode());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = Api.object(Api.get("/api/recordings?camera_id=" + camera + "&limit=10"
                    + (cursor == null ? "" : "&cursor=" + cursor), VIEWER));
            assertEquals(pages == 0 ? 45 : 46, page.getInt("total"));
            page.getJsonArray("recordings").getValuesAs(JsonObject.class).forEach(r -> seen.add(r.getString("recording_id")));
            cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
            if (pages++ == 0) {
                post(recording("newer", "automatic", base.plusSeconds(5), "{}"));
            }
        } while (cursor != null);

        assertEquals(5, pages);
        List<String> expected = IntStream.range(0, 45).boxed()
                .sorted((x, y) -> x / 2 != y / 2 ? Integer.compare(x / 2, y / 2) : Integer.compare(y, x))
                .map(i -> camera + "-" + String.format("%03d", i)).toList();
        assertEquals(expected, seen);
    }

    @Test
    void snapshotsAndTheirAnalysesAndTheAnalysisSearch() {
        String snapshot = camera + "-snap";
        assertEquals(200, Api.post("/api/snapshots", "{\"snapshot_id\":\"" + snapshot + "\",\"camera_id\":\"" + camera
                + "\",\"file_path\":\"" + mediaPath(snapshot + ".jpg") + "\",\"file_size_bytes\":2048,\"timestamp\":\"" + base
                + "\",\"metadata\":{\"trigger\":\"doorbell\"}}", OPERATOR).statusCode());
        String label = "parcel-" + UUID.randomUUID();
        assertEquals(201, Api.post("/api/snapshots/" + snapshot + "/ai-analysis", "[{\"analysis_type\":\"package\",\"confidence\":0.8,"
                + "\"detected_at\":\"" + base + "\",\"details\":{\"label\":\"" + label + "\"}},"
                + "{\"analysis_type\":\"person\",\"confidence\":0.2,\"detected_at\":\"" + base.plusSeconds(1) + "\"}]", OPERATOR).statusCode());

        JsonObject stored = Api.object(Api.get("/api/snapshots/" + snapshot, VIEWER));
        assertEquals(2048, stored.getInt("file_size_bytes"));
        assertTrue(!stored.containsKey("recording_type"), "a snapshot has no recording type");
        assertEquals(snapshot, Api.object(Api.get("/api/snapshots?camera_id=" + camera + "&with_ai_analysis=true", VIEWER))
                .getJsonArray("snapshots").getJsonObject(0).getString("snapshot_id"));

        JsonObject found = Api.object(Api.get("/api/ai-analysis?media_type=snapshot&analysis_type=package&min_confidence=0.5"
                + "&since=" + base.minusSeconds(1) + "&until=" + base.plusSeconds(1) + "&details=" + encode("{\"label\":\"" + label + "\"}"), VIEWER));
        assertEquals(1, found.getJsonArray("ai_analysis").size());
        assertEquals(snapshot, found.getJsonArray("ai_analysis").getJsonObject(0).getString("media_id"));
        assertEquals(0, Api.object(Api.get("/api/ai-analysis?media_type=recording&details=" + encode("{\"label\":\"" + label + "\"}"), VIEWER))
                .getJsonArray("ai_analysis").size());
    }

    @Test
    void storageStatisticsCountPerCamera() {
        post(recording("s1", "emergency", Instant.now().minusSeconds(5), "{}"));
        post(recording("s2", "motion", base, "{}"));
        JsonObject stats = Api.object(Api.get("/api/storage/stats", VIEWER));
        JsonObject mine = stats.getJsonArray("cameras").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("camera_id").equals(camera)).findFirst().orElseThrow();
        assertEquals(2, mine.getInt("recordings"));
        assertEquals(2 * 1_000_000, mine.getInt("size_bytes"));
        assertEquals(1, mine.getInt("emergency_recordings"));
        assertEquals(1, mine.getInt("today_recordings"));
        for (String field : List.of("total_recordings", "total_snapshots", "total_size_bytes", "total_size_gb",
                "today_recordings", "emergency_recordings", "unusual_recordings")) {
            assertNotNull(stats.get(field), field);
        }
    }

    @Test
    void deletingNeedsAdminAndTakesTheAnalysesWithIt() {
        String recording = camera + "-gone";
        post(recording("gone", "motion", base, "{}"));
        Api.post("/api/recordings/" + recording + "/ai-analysis", "{\"analysis_type\":\"dog\",\"confidence\":0.7}", OPERATOR);

        assertProblem(Api.delete("/api/recordings/" + recording, OPERATOR), 403);
        assertProblem(Api.post("/api/recordings", recording("viewer", "motion", base, "{}"), VIEWER), 403);
        assertEquals(204, Api.delete("/api/recordings/" + recording, ADMIN).statusCode());

        assertProblem(Api.get("/api/recordings/" + recording, VIEWER), 404);
        assertProblem(Api.get("/api/recordings/" + recording + "/ai-analysis", VIEWER), 404);
        assertProblem(Api.delete("/api/recordings/" + recording, ADMIN), 404);
        assertProblem(Api.post("/api/recordings/" + recording + "/ai-analysis", "{\"analysis_type\":\"dog\",\"confidence\":0.7}", OPERATOR), 404);
        assertEquals(0, Api.object(Api.get("/api/ai-analysis?analysis_type=dog&since=" + Instant.now().minusSeconds(60), VIEWER))
                .getJsonArray("ai_analysis").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("media_id").equals(recording)).count());
    }

    private void post(String recordingJson) {
        var response = Api.post("/api/recordings", recordingJson, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
    }

    private void assertIds(String filter, String... suffixes) {
        JsonObject page = Api.object(Api.get("/api/recordings?camera_id=" + camera + filter, VIEWER));
        List<String> ids = page.getJsonArray("recordings").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("recording_id")).toList();
        assertEquals(IntStream.range(0, suffixes.length).mapToObj(i -> camera + "-" + suffixes[i]).toList(), ids, filter);
        assertEquals(suffixes.length, page.getInt("total"), filter);
    }

    private String recording(String suffix, String type, Instant timestamp, String metadata) {
        String id = suffix.startsWith(camera) ? suffix : camera + "-" + suffix;
        return "{\"recording_id\":\"" + id + "\",\"camera_id\":\"" + camera + "\",\"file_path\":\"" + mediaPath(id + ".mp4")
                + "\",\"file_size_bytes\":1000000,\"duration_seconds\":12.5,\"recording_type\":\"" + type
                + "\",\"timestamp\":\"" + timestamp + "\",\"is_unusual\":false,\"metadata\":" + metadata + "}";
    }

    static String mediaPath(String file) {
        return LibertyServer.dataDirectory().resolve("media").resolve(file).toString();
    }

    static String encode(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }
}
