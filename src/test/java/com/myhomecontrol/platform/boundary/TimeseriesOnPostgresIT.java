package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import com.myhomecontrol.it.TestPostgres;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time series on PostgreSQL (TIMESERIES_STORE=postgresql) over HTTP, on a PostgreSQL of the
 * test's own, which it stops and starts: first the same writes and reads on a new SQLite store and on
 * a new PostgreSQL store answer alike; then PostgreSQL stopped while a client writes and started
 * again: a write that cannot be committed answers 503, and every reading acknowledged with 200 is
 * stored; then a second server, started while PostgreSQL is away, becomes ready once it answers,
 * answers as the first, polls the plugs of the devices file both read, and killed (kill -9) while a
 * client writes through it, with the first taking its writes as a balancer would, loses nothing,
 * and the first polls the plugs on.
 */
@OwnServerEnvironment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeseriesOnPostgresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int READINGS_PER_WRITE = 10;
    private static final String SCHEMA_NOT_READY = "cannot be made ready";
    /**
     * The devices file of both servers: none configured (nothing polled writes into the store while
     * a test counts or compares) until the second server's test adds plugs.
     */
    private static final Path DEVICES = LibertyServer.dataDirectory().resolve("timeseries-on-postgres-devices.json");
    private static final String NO_DEVICES = DEVICES.toString();
    private static final TapoCredentials ACCOUNT = new TapoCredentials("cluster@example.com", "cluster-it-password");
    private static final int POLL_SECONDS = 5;
    private static final List<String> CLUSTER_PLUGS = List.of("cluster-aircon", "cluster-fridge", "cluster-tv");

    @TempDir
    static Path postgresData;

    private static volatile TestPostgres.Embedded postgres;
    private static String database;
    private static Map<String, String> environment;
    private static final List<EmulatedPlug> emulators = new ArrayList<>();

    /** The outage tests' plug. */
    private final String plug = "outage-" + UUID.randomUUID();
    private final long dayAgo = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.DAYS).getEpochSecond();
    private final Map<Long, Boolean> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void timeseriesOnOwnPostgres() throws IOException {
        Files.deleteIfExists(DEVICES);
        postgres = TestPostgres.embeddedOnFreePort(postgresData);
        database = postgres.server().createDatabase("outage");
        environment = Map.of(
                "TIMESERIES_STORE", "postgresql",
                "POSTGRES_HOST", "localhost",
                "POSTGRES_PORT", String.valueOf(postgres.server().port()),
                "POSTGRES_DB", database,
                "POSTGRES_USER", postgres.server().user(),
                "DEVICES_FILE", NO_DEVICES,
                "TAPO_USERNAME", ACCOUNT.username(),
                "TAPO_PASSWORD", ACCOUNT.password());
    }

    @AfterAll
    static void stopOwnPostgres() {
        emulators.forEach(EmulatedPlug::close);
        postgres.close();
    }

    private static final String PLUG = "parity-plug";
    private static final String COUNTERLESS = "parity-counterless";
    private static final String STATION = "parity-station";

    /** Whole minutes, two hours back: every relative range of the parity's reads holds all of it whenever the test runs. */
    private final long recent = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS).getEpochSecond();

    @Test
    @Order(1)
    void bothStoresAnswerTheSameRequestsTheSame() {
        Instant began = Instant.now();
        Map<String, String> onSqlite = answersOfNewSqliteStore();
        Map<String, String> onPostgres = answersOf(environment, "postgresql");
        if (!began.truncatedTo(ChronoUnit.HOURS).equals(Instant.now().truncatedTo(ChronoUnit.HOURS))) {
            // The hourly usage history moved on between the runs: ask SQLite again, in the hour PostgreSQL answered in.
            onSqlite = answersOfNewSqliteStore();
        }

        onSqlite.forEach((request, answer) -> assertEquals(expectedStatus(request), answer.substring(0, 3), request + ": " + answer));
        assertEquals("200 {\"stored\":240}", onSqlite.get("POST energy"));
        assertEquals(onSqlite.keySet(), onPostgres.keySet());
        onSqlite.forEach((request, answer) -> assertEquals(answer, onPostgres.get(request), request));
    }

    private static String expectedStatus(String request) {
        if (request.contains("unknown-plug")) {
            return "404";
        }
        return request.contains("refused") || request.contains("fields=watts") ? "400" : "200";
    }

    private Map<String, String> answersOfNewSqliteStore() {
        return answersOf(Map.of("TIMESERIES_DB_PATH", "data/parity-" + UUID.randomUUID() + ".db", "DEVICES_FILE", NO_DEVICES), "sqlite");
    }

    /** A new store's answers, request by request: the first test on this class's PostgreSQL. */
    private Map<String, String> answersOf(Map<String, String> environment, String store) {
        LibertyServer.useEnvironment(environment);
        assertEquals(store, HealthApi.health().getJsonObject("databases").getJsonObject("timeseries").getString("store"));
        Map<String, String> answers = new LinkedHashMap<>();
        write(answers);
        read(answers);
        return answers;
    }

    private void write(Map<String, String> answers) {
        JsonArrayBuilder energy = Json.createArrayBuilder();
        for (int minute = 0; minute < 120; minute++) {
            long t = recent + minute * 60L;
            energy.add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", t)
                    .add("power_w", 100 + minute % 7 * 12.5).add("daily_energy_kwh", 1.0 + minute * 0.0021).add("power_state", "on"));
            energy.add(Json.createObjectBuilder().add("device_id", COUNTERLESS).add("timestamp", t + 30)
                    .add("power_w", minute % 3 == 0 ? 0 : 40.25));
        }
        record(answers, "POST energy", Api.post("/api/energy/readings", energy.build().toString(), OPERATOR));
        record(answers, "POST energy voltage merge", Api.post("/api/energy/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 600).add("voltage_v", 231.4).add("current_a", 0.52))
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 660).add("voltage_v", 229.9).addNull("power_w"))
                .build().toString(), OPERATOR));
        record(answers, "POST energy one key twice", Api.post("/api/energy/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 690).add("power_w", 77.5))
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 690).add("voltage_v", 228.5))
                .build().toString(), OPERATOR));
        record(answers, "POST energy refused", Api.post("/api/energy/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 720).add("power_w", 5))
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", recent + 780).add("power_w", -5))
                .build().toString(), OPERATOR));

        JsonArrayBuilder weather = Json.createArrayBuilder();
        for (int step = 0; step < 24; step++) {
            long t = recent + step * 300L;
            weather.add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "indoor").add("timestamp", t)
                    .add("temperature_c", 20.5 + step % 5 * 0.3).add("humidity_percent", 45 + step % 4).add("co2_ppm", 600 + step * 10)
                    .add("pressure_mbar", 1013.2).add("noise_db", 38));
            weather.add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "outdoor").add("timestamp", t + 10)
                    .add("temperature_c", 3.25 - step * 0.1).add("humidity_percent", 80));
        }
        record(answers, "POST weather", Api.post("/api/weather/readings", weather.build().toString(), OPERATOR));
        record(answers, "POST weather one key twice", Api.post("/api/weather/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "outdoor").add("timestamp", recent + 610)
                        .add("temperature_c", 4.5))
                .add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "outdoor").add("timestamp", recent + 610)
                        .add("humidity_percent", 81))
                .build().toString(), OPERATOR));
        record(answers, "POST weather merge", Api.post("/api/weather/readings", Json.createObjectBuilder().add("station_id", STATION)
                .add("module_type", "outdoor").add("timestamp", recent + 310).add("rain_mm", 0.4).add("wind_strength_kmh", 12)
                .build().toString(), OPERATOR));
    }

    private void read(Map<String, String> answers) {
        String range = "&start=" + recent + "&end=" + (recent + 7200);
        List<String> reads = List.of(
                "/api/energy/devices",
                "/api/energy/devices/" + PLUG + "/latest",
                "/api/energy/devices/unknown-plug/latest",
                "/api/energy/history?device_id=" + PLUG + range,
                "/api/energy/history?device_id=" + PLUG + range + "&fields=power_w,voltage_v",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=1m",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=5m",
                "/api/energy/history?device_id=" + COUNTERLESS + range + "&bucket=5m",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=1h",
                "/api/energy/history?device_id=" + COUNTERLESS + range + "&bucket=1d",
                "/api/energy/history?device_id=unknown-plug" + range,
                "/api/energy/history?device_id=" + PLUG + range + "&fields=watts",
                "/api/energy/summary?tz=Europe/Berlin",
                "/api/weather/stations",
                "/api/weather/latest",
                "/api/weather/history?station_id=" + STATION + "&module_type=outdoor&metric=temperature" + range,
                "/api/weather/history?station_id=" + STATION + "&module_type=outdoor&metric=rain" + range,
                "/api/weather/history?station_id=" + STATION + "&module_type=indoor&metric=co2" + range + "&bucket=5m",
                "/api/weather/history?station_id=" + STATION + "&module_type=indoor&metric=humidity" + range + "&bucket=1h",
                "/api/sensors/tapo-p115/" + PLUG + "/history?hours=24",
                "/api/energy/usage-history?period=day",
                "/api/energy/usage-history?period=month",
                "/api/weather/stations/" + STATION + "/historical?data_type=temperature&time_range=24h",
                "/api/weather/stations/" + STATION + "/historical?data_type=noise&time_range=30d");
        reads.forEach(path -> record(answers, "GET " + path, Api.get(path, VIEWER)));
    }

    /** Status and body; lists of devices and stations keep only this test's (the polled ones of the test server come and go). */
    private static void record(Map<String, String> answers, String request, HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() == 200 && body.startsWith("[")) {
            body = ((JsonArray) Api.parse(response)).stream().filter(TimeseriesOnPostgresIT::isThisTests)
                    .map(JsonValue::toString).collect(Collectors.joining(",", "[", "]"));
        }
        answers.put(request, response.statusCode() + " " + body);
    }

    private static boolean isThisTests(JsonValue item) {
        JsonObject object = item.asJsonObject();
        String id = object.containsKey("device_id") ? object.getString("device_id") : object.getString("station_id", "");
        return id.startsWith("parity-");
    }
    @Test
    @Order(2)
    void writesDuringAnOutageAnswer503AndEveryAcknowledgedReadingIsStored() throws Exception {
        LibertyServer.useEnvironment(environment);
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

    /**
     * A second server started while PostgreSQL is away (it starts, and is ready once PostgreSQL
     * answers and the schema is checked), then the two on one PostgreSQL: the plugs configured
     * through the second, which polls them first, the first reloading the file they share; then the
     * second killed.
     */
    @Test
    @Order(3)
    void aSecondServerStartedWhilePostgresIsAwayServesAsTheFirstAndKilledLosesNoAcknowledgedReadingNorPolls() throws Exception {
        LibertyServer.useEnvironment(environment);
        postgres.close();
        Thread bringBack = new Thread(() -> {
            Eventually.await(LibertyServer::logOfSecond, log -> log.contains(SCHEMA_NOT_READY), "the start without PostgreSQL", PATIENCE);
            postgres = postgres.restart();
        });
        LibertyServer.SecondServer second = LibertyServer.startSecond(environment, bringBack::start);
        bringBack.join();
        try {
            assertTrue(LibertyServer.logOfSecond().contains(SCHEMA_NOT_READY));
            assertEquals(200, send(second, "POST", "/api/energy/readings", readingsOf(0)).statusCode(), "ready means written");
            acknowledge(0);
            String history = "/api/energy/history?device_id=" + plug + "&start=" + dayAgo + "&end=" + (dayAgo + 3600);
            assertEquals(Api.get(history, VIEWER).body(), send(second, "GET", history, null).body(), "one store, the same answer");
            assertEquals(READINGS_PER_WRITE, Api.object(Api.get(history, VIEWER)).getJsonArray("points").size());
            pollThrough(second);
            long secondPid = second.pid();
            Instant killed = null;

            AtomicBoolean writing = new AtomicBoolean(true);
            List<Integer> failedOver = new CopyOnWriteArrayList<>();
            Thread client = new Thread(() -> {
                for (int write = 1; writing.get(); write++) {
                    writeThroughBalancer(second, write, failedOver);
                }
            });
            client.start();
            try {
                awaitAcknowledged(20 * READINGS_PER_WRITE);
                killed = second.kill();
                awaitAcknowledged(acknowledged.size() + 20 * READINGS_PER_WRITE);
            } finally {
                writing.set(false);
                client.join();
            }
            assertEquals(List.of(), unexpected);
            assertTrue(!failedOver.isEmpty(), "some writes found their server gone");
            assertEquals(acknowledged.size(), storedReadings(), "every acknowledged reading, and nothing else, is stored");
            assertPollsTakenOver(secondPid, killed);
        } finally {
            second.stop();
        }
    }

    /** The plugs configured through the second server; once the first has reloaded the file too, the second polls each. */
    private static void pollThrough(LibertyServer.SecondServer second) {
        List<String> configured = new ArrayList<>();
        for (String plug : CLUSTER_PLUGS) {
            EmulatedPlug emulated = EmulatedPlug.start(PlugSettings.klap(plug, ACCOUNT, PowerProfiles.FRIDGE), 0);
            emulators.add(emulated);
            configured.add("{\"device_id\": \"%s\", \"host\": \"%s\", \"poll_seconds\": %d}".formatted(plug, emulated.host(), POLL_SECONDS));
        }
        HttpResponse<String> configuredThere = send(second, "PUT", "/api/devices/config", "{\"tapo_plugs\": [" + String.join(", ", configured) + "]}", ADMIN);
        assertEquals(200, configuredThere.statusCode(), configuredThere.body());
        assertEquals(200, Api.post("/api/devices/reload", "", ADMIN).statusCode(), "the first server reads the file the second wrote");
        String server = second.pid() + "@";
        Eventually.await(TimeseriesOnPostgresIT::pollClaims, claims -> CLUSTER_PLUGS.stream().allMatch(id -> claims.getOrDefault(id, "").startsWith(server)),
                "the second server polls the plugs", PATIENCE);
    }

    /** After the kill every plug is claimed by the first server, and polled there at its interval. */
    private static void assertPollsTakenOver(long killedPid, Instant killed) {
        Map<String, Long> before = new LinkedHashMap<>();
        for (String plug : CLUSTER_PLUGS) {
            before.put(plug, storedReadingsOf(plug));
        }
        String dead = killedPid + "@";
        Eventually.await(TimeseriesOnPostgresIT::pollClaims, claims -> CLUSTER_PLUGS.stream().noneMatch(id -> claims.get(id).startsWith(dead)),
                "the first server claims the polls", Duration.ofSeconds(3L * POLL_SECONDS));
        for (String plug : CLUSTER_PLUGS) {
            Eventually.await(() -> storedReadingsOf(plug), readings -> readings >= before.get(plug) + 2,
                    plug + " polled twice more since " + killed, Duration.ofSeconds(4L * POLL_SECONDS));
        }
    }

    /** Which server claimed each device's newest poll, by device id. */
    private static Map<String, String> pollClaims() {
        var server = postgres.server();
        try (Connection connection = DriverManager.getConnection(server.url(database), server.user(), server.password());
             PreparedStatement statement = connection.prepareStatement("SELECT device_id, server FROM poll_claims");
             ResultSet rows = statement.executeQuery()) {
            Map<String, String> claims = new LinkedHashMap<>();
            while (rows.next()) {
                claims.put(rows.getString(1), rows.getString(2));
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes one request's readings as a balancer in front of both servers would deliver them: to the
     * second server while it answers, and when its connection fails (killed), to the test server.
     */
    private void writeThroughBalancer(LibertyServer.SecondServer second, int write, List<Integer> failedOver) {
        String body = readingsOf(write);
        try {
            HttpResponse<String> response = send(second, "POST", "/api/energy/readings", body);
            if (response.statusCode() == 200) {
                acknowledge(write);
                return;
            }
            unexpected.add(response.statusCode() + " " + response.body());
        } catch (UncheckedIOException gone) {
            failedOver.add(write);
            HttpResponse<String> response = Api.post("/api/energy/readings", body, OPERATOR);
            if (response.statusCode() == 200) {
                acknowledge(write);
            } else {
                unexpected.add(response.statusCode() + " " + response.body());
            }
        }
    }

    private static HttpResponse<String> send(LibertyServer.SecondServer server, String method, String path, String body) {
        return send(server, method, path, body, OPERATOR);
    }

    private static HttpResponse<String> send(LibertyServer.SecondServer server, String method, String path, String body, Api.User user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", user.authorization()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes one request's readings, again after each 503, as a client that retries. */
    private void writeUntilAcknowledged(int write, AtomicBoolean writing) {
        String body = readingsOf(write);
        while (writing.get()) {
            HttpResponse<String> response = Api.post("/api/energy/readings", body, OPERATOR);
            if (response.statusCode() == 200) {
                acknowledge(write);
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

    private String readingsOf(int write) {
        long first = dayAgo + (long) write * READINGS_PER_WRITE;
        JsonArrayBuilder readings = Json.createArrayBuilder();
        for (int i = 0; i < READINGS_PER_WRITE; i++) {
            readings.add(Json.createObjectBuilder().add("device_id", plug).add("timestamp", first + i).add("power_w", 50 + i));
        }
        return readings.build().toString();
    }

    private void acknowledge(int write) {
        long first = dayAgo + (long) write * READINGS_PER_WRITE;
        for (int i = 0; i < READINGS_PER_WRITE; i++) {
            acknowledged.put(first + i, true);
        }
    }

    private void awaitAcknowledged(int readings) {
        Eventually.await(acknowledged::size, count -> count >= readings, readings + " readings acknowledged", PATIENCE);
    }

    private long storedReadings() {
        return storedReadingsOf(plug);
    }

    private static long storedReadingsOf(String device) {
        var server = postgres.server();
        try (Connection connection = DriverManager.getConnection(server.url(database), server.user(), server.password());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM timeseries.energy_timeseries WHERE device_id = ?")) {
            statement.setString(1, device);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the readings of " + device, e);
        }
    }
}
