package com.myhomecontrol.media.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static com.myhomecontrol.media.boundary.MediaApiIT.encode;
import static com.myhomecontrol.media.boundary.MediaApiIT.mediaPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without PostgreSQL the journal is the store: the same API, kept across restarts, and a torn line is reported. */
@OwnServerEnvironment
class JournalModeIT {

    private static final String JOURNAL = "media/journal-only-" + UUID.randomUUID();
    private static final Map<String, String> WITHOUT_POSTGRES = Map.of("POSTGRES_HOST", "", "MEDIA_JOURNAL_DIR", "data/" + JOURNAL);

    private final String camera = "journal-" + UUID.randomUUID();
    private final Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void withoutPostgres() {
        LibertyServer.restart(WITHOUT_POSTGRES);
    }

    @Test
    void withoutPostgresTheHealthSaysSoAndFindsNoIssueInIt() {
        JsonObject health = HealthApi.health();
        JsonObject databases = health.getJsonObject("databases");
        JsonObject postgres = databases.getJsonObject("postgres");
        assertEquals("not_configured", postgres.getString("status"));
        assertTrue(postgres.isNull("host") && postgres.isNull("pool_in_use") && postgres.isNull("pool_size"), postgres.toString());
        assertTrue(databases.getJsonObject("journal").getBoolean("active"));
        assertEquals(0, databases.getJsonObject("journal").getJsonNumber("pending").longValueExact());
        assertFalse(HealthApi.mentions(health, "PostgreSQL"), health.toString());
    }

    @Test
    void theJournalServesTheSameApiAndKeepsEverythingAcrossARestart() {
        JsonObject status = MediaFailoverIT.storeStatus();
        assertEquals("journal", status.getString("active_store"));
        assertEquals(false, status.getBoolean("postgres_configured"));

        for (int i = 0; i < 5; i++) {
            assertEquals(200, Api.post("/api/recordings", recording(i, i % 2 == 0 ? "motion" : "emergency",
                    "{\"zone\":\"" + (i < 3 ? "porch" : "garden") + "\"}"), OPERATOR).statusCode());
        }
        assertEquals(201, Api.post("/api/recordings/" + camera + "-1/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.9}", OPERATOR).statusCode());
        assertEquals(204, Api.delete("/api/recordings/" + camera + "-4", ADMIN).statusCode());
        assertProblem(Api.post("/api/recordings/" + camera + "-4/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.9}", OPERATOR), 404);

        List<String> queries = List.of("", "&recording_type=motion", "&emergency_only=true", "&analysis_type=person&with_ai_analysis=true",
                "&metadata=" + encode("{\"zone\":\"porch\"}"), "&limit=2", "&since=" + base.plusSeconds(2));
        List<JsonObject> before = queries.stream().map(this::list).toList();
        assertEquals(4, before.get(0).getInt("total"));
        assertEquals(List.of(camera + "-2", camera + "-0"), ids(before.get(1)));
        assertEquals(List.of(camera + "-3", camera + "-1"), ids(before.get(2)));
        assertEquals(List.of(camera + "-1"), ids(before.get(3)));
        assertEquals(List.of(camera + "-2", camera + "-1", camera + "-0"), ids(before.get(4)));
        assertEquals(List.of(camera + "-3", camera + "-2"), ids(before.get(5)));
        assertEquals(List.of(camera + "-3", camera + "-2"), ids(before.get(6)));
        assertEquals(camera + "-1", list("&cursor=" + before.get(5).getString("next_cursor") + "&limit=1")
                .getJsonArray("recordings").getJsonObject(0).getString("recording_id"));

        LibertyServer.restart(WITHOUT_POSTGRES);

        assertEquals(before, queries.stream().map(this::list).toList());
    }

    @Test
    void aTornLastLineIsSetAsideAndReportedAndEveryWholeEntryKept() throws IOException {
        assertEquals(200, Api.post("/api/recordings", recording(0, "motion", "{}"), OPERATOR).statusCode());
        Path journal = LibertyServer.dataDirectory().resolve(JOURNAL).resolve("journal.jsonl");

        LibertyServer.restart(WITHOUT_POSTGRES, () -> append(journal, "{\"op\":\"upsert\",\"media_type\":\"recording\",\"items\":[{\"recor"));

        JsonObject status = MediaFailoverIT.storeStatus();
        assertEquals(1, status.getInt("unreadable_lines_set_aside"), status.toString());
        assertEquals(200, Api.get("/api/recordings/" + camera + "-0", VIEWER).statusCode());
        try (var files = Files.list(journal.getParent())) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("unreadable-")), "the torn line is kept aside");
        }
        assertTrue(Files.readString(journal).endsWith("\n"), "the journal holds whole lines only");
        assertEquals(200, Api.post("/api/recordings", recording(1, "motion", "{}"), OPERATOR).statusCode());
        assertEquals(2, list("").getInt("total"));
    }

    private JsonObject list(String filter) {
        return Api.object(Api.get("/api/recordings?camera_id=" + camera + filter, VIEWER));
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("recordings").getValuesAs(JsonObject.class).stream().map(r -> r.getString("recording_id")).toList();
    }

    private String recording(int i, String type, String metadata) {
        String id = camera + "-" + i;
        return "{\"recording_id\":\"" + id + "\",\"camera_id\":\"" + camera + "\",\"file_path\":\"" + mediaPath(id + ".mp4")
                + "\",\"file_size_bytes\":100,\"recording_type\":\"" + type + "\",\"timestamp\":\"" + base.plusSeconds(i)
                + "\",\"metadata\":" + metadata + "}";
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
