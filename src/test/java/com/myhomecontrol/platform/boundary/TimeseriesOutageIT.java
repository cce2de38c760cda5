package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import com.myhomecontrol.it.TestPostgres;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time series on PostgreSQL (TIMESERIES_STORE=postgresql), and PostgreSQL stopped while a client
 * writes and started again: a write that cannot be committed answers 503, and every reading
 * acknowledged with 200 is stored. This test runs its own PostgreSQL, which it stops and starts.
 */
@OwnServerEnvironment
class TimeseriesOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int READINGS_PER_WRITE = 10;
    private static final String SCHEMA_NOT_READY = "cannot be made ready";

    @TempDir
    static Path postgresData;

    private static volatile TestPostgres.Embedded postgres;
    private static String database;
    private static Map<String, String> environment;

    private final String plug = "outage-" + UUID.randomUUID();
    private final long base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.DAYS).getEpochSecond();
    private final Map<Long, Boolean> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void timeseriesOnOwnPostgres() {
        postgres = TestPostgres.embeddedOnFreePort(postgresData);
        database = postgres.server().createDatabase("outage");
        environment = Map.of(
                "TIMESERIES_STORE", "postgresql",
                "POSTGRES_HOST", "localhost",
                "POSTGRES_PORT", String.valueOf(postgres.server().port()),
                "POSTGRES_DB", database,
                "POSTGRES_USER", postgres.server().user(),
                "DEVICES_FILE", "data/outage-devices.json");
        LibertyServer.restart(environment);
    }

    @AfterAll
    static void stopOwnPostgres() {
        postgres.close();
    }

    @Test
    void writesDuringAnOutageAnswer503AndEveryAcknowledgedReadingIsStored() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread client = new Thread(() -> {
            for (int write = 0; writing.get(); write++) {
                writeUntilAcknowledged(write, writing);
            }
        });
        client.start();
        try {
            awaitAcknowledged(20 * READINGS_PER_WRITE);
            postgres.close();
            Eventually.await(refused::get, count -> count > 0, "a write answered 503", PATIENCE);
            JsonObject health = HealthApi.health();
            assertEquals("critical", health.getString("status"), health.toString());
            assertEquals("failing", health.getJsonObject("databases").getJsonObject("timeseries").getString("status"));

            postgres = postgres.restart();
            awaitAcknowledged(acknowledged.size() + 20 * READINGS_PER_WRITE);
        } finally {
            writing.set(false);
            client.join();
        }
        assertEquals(List.of(), unexpected);
        assertEquals(acknowledged.size(), storedReadings(), "every acknowledged reading, and nothing else, is stored");
        Eventually.await(() -> HealthApi.health().getString("status"), status -> !status.equals("critical"), "the health recovered");
    }

    @Test
    void aServerStartedWhilePostgresIsAwayBecomesReadyOnceItAnswers() throws Exception {
        Thread[] bringBack = new Thread[1];
        LibertyServer.restart(environment, () -> {
            postgres.close();
            bringBack[0] = new Thread(() -> {
                Eventually.await(LibertyServer::logOfThisStart, log -> log.contains(SCHEMA_NOT_READY), "the start without PostgreSQL", PATIENCE);
                postgres = postgres.restart();
            });
            bringBack[0].start();
        });
        bringBack[0].join();

        assertTrue(LibertyServer.logOfThisStart().contains(SCHEMA_NOT_READY));
        writeUntilAcknowledged(8_000, new AtomicBoolean(true));
        assertEquals(List.of(), unexpected);
        assertEquals(0, refused.get(), "ready means the time series are written");
    }

    /** Writes one request's readings, again after each 503, as a client that retries. */
    private void writeUntilAcknowledged(int write, AtomicBoolean writing) {
        long first = base + (long) write * READINGS_PER_WRITE;
        JsonArrayBuilder readings = Json.createArrayBuilder();
        for (int i = 0; i < READINGS_PER_WRITE; i++) {
            readings.add(Json.createObjectBuilder().add("device_id", plug).add("timestamp", first + i).add("power_w", 50 + i));
        }
        String body = readings.build().toString();
        while (writing.get()) {
            HttpResponse<String> response = Api.post("/api/energy/readings", body, OPERATOR);
            if (response.statusCode() == 200) {
                for (int i = 0; i < READINGS_PER_WRITE; i++) {
                    acknowledged.put(first + i, true);
                }
                return;
            }
            if (response.statusCode() == 503) {
                refused.incrementAndGet();
            } else {
                unexpected.add(response.statusCode() + " " + response.body());
                return;
            }
        }
    }

    private void awaitAcknowledged(int readings) {
        Eventually.await(acknowledged::size, count -> count >= readings, readings + " readings acknowledged", PATIENCE);
    }

    private long storedReadings() throws SQLException {
        var server = postgres.server();
        try (Connection connection = DriverManager.getConnection(server.url(database), server.user(), server.password());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM timeseries.energy_timeseries WHERE device_id = ?")) {
            statement.setString(1, plug);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
