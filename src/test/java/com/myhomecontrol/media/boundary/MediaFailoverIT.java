package com.myhomecontrol.media.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import com.myhomecontrol.it.TestPostgres;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * PostgreSQL stopped while writes go on, and started again: every acknowledged write is in
 * PostgreSQL exactly once afterwards, also when the server restarts during the outage. This test
 * runs its own PostgreSQL, which it stops and starts.
 */
@OwnServerEnvironment
class MediaFailoverIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path postgresData;

    private static TestPostgres.Embedded postgres;
    private static String database;

    private final String camera = "failover-" + UUID.randomUUID();
    /** Acknowledged recording id -> the id of its acknowledged analysis (null until that is acknowledged). */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @BeforeAll
    static void ownPostgres() {
        postgres = TestPostgres.embeddedOnFreePort(postgresData);
        database = postgres.server().createDatabase("failover");
        LibertyServer.restart(Map.of(
                "POSTGRES_HOST", "localhost",
                "POSTGRES_PORT", String.valueOf(postgres.server().port()),
                "POSTGRES_DB", database,
                "POSTGRES_USER", postgres.server().user()));
        awaitStore(status -> status.getString("active_store").equals("postgresql"));
    }

    @AfterAll
    static void backToTheSharedPostgres() {
        postgres.close();
    }

    @Test
    void writesGoOnThroughAnOutageAndEachIsInPostgresExactlyOnceAfterwards() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get(); i++) {
                write(i);
            }
        });
        writer.start();
        try {
            awaitAcknowledged(30);
            postgres.close();
            awaitStore(status -> status.getString("active_store").equals("journal"));
            int beforeOutageWrites = acknowledged.size();
            awaitAcknowledged(beforeOutageWrites + 30);
            assertTrue(storeStatus().getJsonNumber("journal_entries_waiting").longValue() > 0, storeStatus().toString());

            postgres = postgres.restart();
            awaitStore(status -> status.getString("active_store").equals("postgresql")
                    && status.getJsonNumber("journal_entries_waiting").longValue() == 0);
            awaitAcknowledged(acknowledged.size() + 10);
        } finally {
            writing.set(false);
            writer.join();
        }
        assertEveryAcknowledgedWriteIsInPostgresOnce();
    }

    @Test
    void anOutageAcrossAServerRestartLosesNothing() throws Exception {
        postgres.close();
        for (int i = 0; i < 20; i++) {
            write(i);
        }
        assertEquals(20, acknowledged.size(), "the journal acknowledges every write while PostgreSQL is away");

        LibertyServer.restart(Map.of(
                "POSTGRES_HOST", "localhost",
                "POSTGRES_PORT", String.valueOf(postgres.server().port()),
                "POSTGRES_DB", database,
                "POSTGRES_USER", postgres.server().user()));
        JsonObject status = storeStatus();
        assertEquals("journal", status.getString("active_store"));
        assertEquals(40, status.getJsonNumber("journal_entries_waiting").longValue(), status.toString());
        assertPostgresAwayIsAWarning();
        JsonObject fromJournal = Api.object(Api.get("/api/recordings?camera_id=" + camera + "&with_ai_analysis=true&limit=1000", VIEWER));
        assertEquals(20, fromJournal.getInt("total"));
        assertEquals(1, fromJournal.getJsonArray("recordings").getJsonObject(0).getJsonArray("ai_analysis").size());

        postgres = postgres.restart();
        awaitStore(s -> s.getString("active_store").equals("postgresql") && s.getJsonNumber("journal_entries_waiting").longValue() == 0);
        assertEveryAcknowledgedWriteIsInPostgresOnce();
        assertEquals(20, Api.object(Api.get("/api/recordings?camera_id=" + camera, VIEWER)).getInt("total"));
    }

    /** The health API: PostgreSQL away with the journal taking the writes is a warning, not a failure. */
    private static void assertPostgresAwayIsAWarning() {
        JsonObject health = HealthApi.health();
        JsonObject databases = health.getJsonObject("databases");
        assertEquals("warning", health.getString("status"), health.toString());
        assertEquals("unreachable", databases.getJsonObject("postgres").getString("status"));
        assertEquals("localhost", databases.getJsonObject("postgres").getString("host"));
        assertEquals(10, databases.getJsonObject("postgres").getInt("pool_size"));
        assertTrue(databases.getJsonObject("journal").getBoolean("active"));
        assertEquals(40, databases.getJsonObject("journal").getJsonNumber("pending").longValue());
        assertEquals("ok", databases.getJsonObject("timeseries").getString("status"));
        assertTrue(HealthApi.hasIssue(health, "PostgreSQL at localhost is unreachable"), health.toString());
    }

    /** One recording and then one analysis of it; what is answered 200 or 201 counts as acknowledged. */
    private void write(int i) {
        String id = camera + "-" + i;
        var stored = Api.post("/api/recordings", "{\"recording_id\":\"" + id + "\",\"camera_id\":\"" + camera
                + "\",\"file_path\":\"" + MediaApiIT.mediaPath(id + ".mp4") + "\",\"file_size_bytes\":" + i
                + ",\"recording_type\":\"motion\",\"timestamp\":" + (Instant.now().getEpochSecond() - i) + "}", OPERATOR);
        if (stored.statusCode() != 200) {
            assertEquals(503, stored.statusCode(), "a write is acknowledged or refused for a retry: " + stored.body());
            return;
        }
        acknowledged.put(id, "");
        var analysed = Api.post("/api/recordings/" + id + "/ai-analysis", "{\"analysis_type\":\"person\",\"confidence\":0.5}", OPERATOR);
        if (analysed.statusCode() == 201) {
            acknowledged.put(id, Api.object(analysed).getJsonArray("analysis_ids").getString(0));
        } else {
            assertEquals(503, analysed.statusCode(), analysed.body());
        }
    }

    private void assertEveryAcknowledgedWriteIsInPostgresOnce() throws SQLException {
        Map<String, Integer> recordings = new HashMap<>();
        Map<String, List<String>> analyses = new HashMap<>();
        try (Connection connection = postgres.server().dataSource(database).getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT recording_id FROM recordings WHERE camera_id = '" + camera + "'")) {
                while (rows.next()) {
                    recordings.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT media_id, analysis_id FROM ai_analysis WHERE media_id LIKE '" + camera + "-%'")) {
                while (rows.next()) {
                    analyses.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        assertEquals(acknowledged.keySet(), recordings.keySet());
        acknowledged.forEach((recording, analysis) -> {
            if (!analysis.isEmpty()) {
                assertEquals(List.of(analysis), analyses.get(recording), "the analyses of " + recording);
            }
        });
        assertTrue(analyses.values().stream().allMatch(list -> list.size() == 1), "no analysis is stored twice: " + analyses);
        assertEquals(Set.of(), Set.copyOf(analyses.keySet().stream().filter(id -> !acknowledged.containsKey(id)).toList()));
    }

    private void awaitAcknowledged(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                fail("only " + acknowledged.size() + " of " + count + " writes acknowledged; store: " + storeStatus());
            }
            Thread.sleep(20);
        }
    }

    private static void awaitStore(Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.test(storeStatus())) {
            if (Instant.now().isAfter(deadline)) {
                fail("the media store did not get there; it reports " + storeStatus());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonObject storeStatus() {
        return Api.object(Api.get("/health/ready", ANONYMOUS)).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("media-store")).findFirst().orElseThrow()
                .getJsonObject("data");
    }
}
