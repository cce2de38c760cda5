package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.NetatmoEmulator;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The devices changed over the API while the server runs (each poll claimed in PostgreSQL, which
 * the test server has), and by hand with a reload. The tests that restart the server come last,
 * each with the start it needs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServerEnvironment
class DevicesConfigIT {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("home@example.com", "config-it-password");
    private static final Path FILE = LibertyServer.dataDirectory().resolve("config-it/devices.json");

    private static EmulatedPlug lamp;
    private static EmulatedPlug heater;
    private static Map<String, String> environment;

    @BeforeAll
    static void withTwoPlugsToAdd() throws IOException {
        lamp = EmulatedPlug.start(PlugSettings.klap("lamp", ACCOUNT, PowerProfiles.STANDBY_TV), 0);
        heater = EmulatedPlug.start(PlugSettings.klap("heater", ACCOUNT, PowerProfiles.FRIDGE), 0);
        LibertyServer.ensureRunning();
        Files.createDirectories(FILE.getParent());
        Files.deleteIfExists(FILE);
        environment = Map.of(
                "DEVICES_FILE", FILE.toString(),
                "TIMESERIES_DB_PATH", "data/config-it/timeseries.db",
                "TAPO_USERNAME", ACCOUNT.username(),
                "TAPO_PASSWORD", ACCOUNT.password());
        LibertyServer.restart(environment);
    }

    @AfterAll
    static void withoutThemAgain() {
        lamp.close();
        heater.close();
    }

    @Test
    @Order(1)
    void anAddedPlugIsPolledWithinItsInterval() {
        replace("{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5)));
        Instant added = Instant.now();

        var response = Api.post("/api/devices/plugs", plug("lamp", lamp, 5), ADMIN);

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(List.of("heater", "lamp"), Api.object(response).getJsonArray("tapo_plugs").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("device_id")).toList());
        JsonObject polled = awaitDevice("lamp", d -> d.getString("status").equals("online"));
        Instant firstPoll = Instant.parse(polled.getString("last_success"));
        assertTrue(firstPoll.isBefore(added.plusSeconds(5 + 2)), "first polled at " + firstPoll + ", added at " + added);
        assertEquals(Api.object(Api.get("/api/devices/config", ADMIN)), Api.object(response));
        assertEquals(Api.object(response), fileAsJson());
    }

    @Test
    @Order(2)
    void aChangedIntervalIsRescheduled() {
        replace("{\"tapo_plugs\": [%s, %s]}".formatted(plug("heater", heater, 5), plug("lamp", lamp, 9)));

        JsonObject device = awaitDevice("lamp", d -> d.getString("status").equals("online")
                && intervalSeen(d).toSeconds() >= 8 && intervalSeen(d).toSeconds() <= 10);

        assertEquals(9, Api.object(Api.get("/api/devices/config", ADMIN)).getJsonArray("tapo_plugs")
                .getJsonObject(1).getInt("poll_seconds"), device.toString());
    }

    @Test
    @Order(3)
    void aRemovedPlugIsNoLongerPolledAndItsReadingsStay() {
        replace("{\"tapo_plugs\": [%s, %s]}".formatted(plug("heater", heater, 5), plug("lamp", lamp, 5)));
        awaitDevice("lamp", d -> d.getString("status").equals("online"));

        assertEquals(204, Api.delete("/api/devices/lamp", ADMIN).statusCode());

        JsonObject latest = Api.object(Api.get("/api/energy/devices/lamp/latest", VIEWER));
        long heaterPolls = awaitDevice("heater", d -> true).getJsonNumber("readings_stored").longValue();
        awaitDevice("heater", d -> d.getJsonNumber("readings_stored").longValue() >= heaterPolls + 2);
        assertFalse(DevicesApi.devices().stream().anyMatch(d -> d.getString("device_id").equals("lamp")));
        assertEquals(latest, Api.object(Api.get("/api/energy/devices/lamp/latest", VIEWER)), "lamp polled after its removal");
        assertProblem(Api.delete("/api/devices/lamp", ADMIN), 404);
    }

    @Test
    @Order(4)
    void everyBadChangeIsRefusedNamingTheFieldAndChangesNothing() throws IOException {
        replace("{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5)));
        byte[] before = Files.readAllBytes(FILE);
        String heaterPlug = plug("heater", heater, 5);

        assertInvalidField(put("{\"tapo_plugs\": [{\"device_id\": \"a\", \"host\": \"h\", \"colour\": \"red\"}]}"), "tapo_plugs[0].colour");
        assertInvalidField(put("{\"tapo_plugs\": [{\"device_id\": \"a\", \"host\": \"h/x\"}]}"), "tapo_plugs[0].host");
        assertInvalidField(put("{\"tapo_plugs\": [%s, %s]}".formatted(heaterPlug, heaterPlug)), "tapo_plugs[1].device_id");
        assertInvalidField(put("{\"tapo_plugs\": [%s, %s]}".formatted(heaterPlug, plug("lamp", lamp, 4))), "tapo_plugs[1].poll_seconds");
        assertInvalidField(put("{\"tapo_plugs\": [{\"device_id\": \"netatmo\", \"host\": \"h\"}]}"), "tapo_plugs[0].device_id");
        assertInvalidField(put("{\"tapo_plugs\": [" + heaterPlug), "body");
        assertInvalidField(put("{\"tapo_plugs\": []} []"), "body");
        assertInvalidField(Api.post("/api/devices/plugs", plug("lamp", lamp, 86_401), ADMIN), "poll_seconds");
        assertInvalidField(Api.post("/api/devices/plugs", "{\"device_id\": \"lamp\", \"hots\": \"h\"}", ADMIN), "hots");
        assertInvalidField(Api.post("/api/devices/plugs", "{\"device_id\": \"netatmo\", \"host\": \"h\"}", ADMIN), "device_id");
        assertProblem(Api.post("/api/devices/plugs", plug("heater", lamp, 5), ADMIN), 409);
        assertProblem(Api.delete("/api/devices/no-such-plug", ADMIN), 404);

        assertArrayEquals(before, Files.readAllBytes(FILE));
        assertEquals(List.of("heater"), DevicesApi.devices().stream().map(d -> d.getString("device_id")).toList());
    }

    @Test
    @Order(5)
    void concurrentChangesDoNotInterleaveAndTheFileIsWhatIsPolled() {
        String one = "{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5));
        String two = "{\"tapo_plugs\": [%s, %s]}".formatted(plug("lamp", lamp, 6), plug("heater", heater, 7));

        var first = CompletableFuture.supplyAsync(() -> put(one));
        var second = CompletableFuture.supplyAsync(() -> put(two));

        assertEquals(200, first.join().statusCode(), first.join().body());
        assertEquals(200, second.join().statusCode(), second.join().body());
        JsonObject configured = Api.object(Api.get("/api/devices/config", ADMIN));
        assertTrue(configured.equals(Api.object(first.join())) || configured.equals(Api.object(second.join())), configured.toString());
        assertEquals(configured, fileAsJson());
        assertEquals(configured.getJsonArray("tapo_plugs").size(), DevicesApi.devices().size());
        for (JsonObject device : DevicesApi.devices()) {
            long polls = device.getJsonNumber("readings_stored").longValue();
            awaitDevice(device.getString("device_id"), d -> d.getJsonNumber("readings_stored").longValue() > polls);
        }
    }

    @Test
    @Order(6)
    void aFileEditedByHandIsReloadedAndAMalformedOneRefusedWithItsLine() throws IOException {
        replace("{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5)));
        Files.writeString(FILE, "{\"tapo_plugs\": [\n  %s\n]}\n".formatted(plug("lamp", lamp, 5)));

        var reloaded = Api.post("/api/devices/reload", "", ADMIN);

        assertEquals(200, reloaded.statusCode(), reloaded.body());
        assertEquals("lamp", Api.object(reloaded).getJsonArray("tapo_plugs").getJsonObject(0).getString("device_id"));
        awaitDevice("lamp", d -> d.getString("status").equals("online"));
        Files.writeString(FILE, "{\"tapo_plugs\": [\n  %s,\n  {\"device_id\": \"heater\", \"hots\": \"h\"}\n]}\n"
                .formatted(plug("lamp", lamp, 5)));

        JsonObject refused = assertProblem(Api.post("/api/devices/reload", "", ADMIN), 400);

        assertTrue(refused.getString("detail").contains("line 3: tapo_plugs[1].hots: unknown field"), refused.toString());
        assertInvalidField(Api.post("/api/devices/reload", "", ADMIN), "tapo_plugs[1].hots");
        assertEquals(Api.object(reloaded), Api.object(Api.get("/api/devices/config", ADMIN)));
        assertEquals(List.of("lamp"), DevicesApi.devices().stream().map(d -> d.getString("device_id")).toList());
    }

    /** As another server sharing the file writes it: whole, by a rename. */
    @Test
    @Order(6)
    void aFileChangedOutsideTheServerIsPolledWithoutAReload() throws IOException {
        replace("{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5)));
        Path written = FILE.resolveSibling("devices.json.other-server");
        Files.writeString(written, "{\"tapo_plugs\": [%s, %s]}".formatted(plug("heater", heater, 5), plug("lamp", lamp, 5)));
        Files.move(written, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        awaitDevice("lamp", d -> d.getString("status").equals("online"));
        assertEquals(fileAsJson().getJsonArray("tapo_plugs"), Api.object(Api.get("/api/devices/config", ADMIN)).getJsonArray("tapo_plugs"));

        Files.writeString(written, "{\"tapo_plugs\": [\n  {\"device_id\": \"heater\", \"hots\": \"h\"}\n]}\n");
        Files.move(written, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Eventually.await(LibertyServer::logOfThisStart, log -> log.contains("line 2: tapo_plugs[0].hots: unknown field"),
                "the unusable file logged");
        Files.writeString(written, "{\"tapo_plugs\": [%s], \"netatmo\": {\"enabled\": true}}".formatted(plug("heater", heater, 5)));
        Files.move(written, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Eventually.await(LibertyServer::logOfThisStart, log -> log.contains("stay as they were: The devices file enables netatmo: set NETATMO_"),
                "the file naming an account the environment lacks logged");
        assertEquals(List.of("heater", "lamp"), DevicesApi.devices().stream().map(d -> d.getString("device_id")).toList());
    }

    @Test
    @Order(7)
    void onlyAnAdminReadsOrChangesTheConfiguration() {
        String body = "{\"tapo_plugs\": []}";
        for (Api.User user : List.of(VIEWER, OPERATOR)) {
            assertProblem(Api.get("/api/devices/config", user), 403);
            assertProblem(Api.put("/api/devices/config", body, user), 403);
            assertProblem(Api.post("/api/devices/plugs", plug("lamp", lamp, 5), user), 403);
            assertProblem(Api.delete("/api/devices/lamp", user), 403);
            assertProblem(Api.post("/api/devices/reload", "", user), 403);
        }
        assertProblem(Api.get("/api/devices/config", ANONYMOUS), 401);
        assertProblem(Api.put("/api/devices/config", body, ANONYMOUS), 401);
        assertEquals(200, Api.get("/api/devices", VIEWER).statusCode());
    }

    @Test
    @Order(8)
    void aChangeOutlivesARestartAndWithoutPostgresTheDevicesArePolledAndChangedToo() {
        replace("{\"tapo_plugs\": [%s]}".formatted(plug("heater", heater, 5)));
        JsonObject configured = Api.object(Api.get("/api/devices/config", ADMIN));

        // A port nobody listens on: without PostgreSQL the polls and their changes never ask it.
        LibertyServer.restart(DevicesApi.with(environment, "POSTGRES_HOST", "", "POSTGRES_PORT", "1"));

        assertEquals(configured, Api.object(Api.get("/api/devices/config", ADMIN)));
        awaitDevice("heater", d -> d.getString("status").equals("online"));
        assertEquals(201, Api.post("/api/devices/plugs", plug("lamp", lamp, 5), ADMIN).statusCode());
        awaitDevice("lamp", d -> d.getString("status").equals("online"));
    }

    @Test
    @Order(9)
    void theFirstDeviceConfiguredStopsTheEmulatedHomeForGoodAndAPlugWithoutTheTapoAccountIsRefused() {
        Path file = FILE.resolveSibling("emulated.json");
        try (NetatmoEmulator netatmo = new NetatmoEmulator(NetatmoEmulatorSettings.of("it-app", "it-secret", "it-token"), 0)) {
            LibertyServer.restart(DevicesApi.with(environment, "DEVICES_FILE", file.toString(), "HOMECONTROL_EMULATED_HOME", "true",
                    "TAPO_USERNAME", "", "TAPO_PASSWORD", "", "NETATMO_BASE_URL", netatmo.baseUrl().toString(),
                    "NETATMO_CLIENT_ID", "it-app", "NETATMO_CLIENT_SECRET", "it-secret", "NETATMO_REFRESH_TOKEN", "it-token"),
                    DevicesApi::removeNetatmoTokenFile);
            Predicate<List<JsonObject>> emulatedHome = devices -> devices.size() == 4 && devices.stream().allMatch(d -> d.getBoolean("emulated"));
            Eventually.await(DevicesApi::devices, emulatedHome, "the emulated home polled");
            assertEquals(List.of(), Api.object(Api.get("/api/devices/config", ADMIN)).getJsonArray("tapo_plugs"));

            JsonObject refused = assertProblem(Api.post("/api/devices/plugs", plug("lamp", lamp, 5), ADMIN), 409);

            assertTrue(refused.getString("detail").contains("TAPO_USERNAME and TAPO_PASSWORD"), refused.toString());
            assertFalse(Files.exists(file));
            assertTrue(emulatedHome.test(DevicesApi.devices()));
            replace("{\"netatmo\": {\"enabled\": true, \"poll_seconds\": 60}}");
            JsonObject account = awaitDevice("netatmo", d -> d.getString("status").equals("online"));
            assertFalse(account.getBoolean("emulated"));
            assertEquals(1, DevicesApi.devices().size());
            assertTrue(LibertyServer.logOfThisStart().contains("The emulated home stops"));
            assertEquals(204, Api.delete("/api/devices/netatmo", ADMIN).statusCode());
            assertEquals(List.of(), DevicesApi.devices());
        }
    }

    private static void replace(String json) {
        var response = put(json);
        assertEquals(200, response.statusCode(), response.body());
    }

    private static HttpResponse<String> put(String json) {
        return Api.put("/api/devices/config", json, ADMIN);
    }

    private static String plug(String deviceId, EmulatedPlug plug, int pollSeconds) {
        return "{\"device_id\": \"%s\", \"host\": \"%s\", \"poll_seconds\": %d}".formatted(deviceId, plug.host(), pollSeconds);
    }

    private static JsonObject fileAsJson() {
        try (var reader = Json.createReader(Files.newBufferedReader(FILE))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The interval the schedule shows: from the last poll to the next. */
    private static Duration intervalSeen(JsonObject device) {
        return Duration.between(Instant.parse(device.getString("last_success")), Instant.parse(device.getString("next_poll")));
    }

    private static JsonObject awaitDevice(String deviceId, Predicate<JsonObject> condition) {
        return Eventually.await(() -> DevicesApi.devices().stream().filter(d -> d.getString("device_id").equals(deviceId)).findFirst(),
                (Optional<JsonObject> device) -> device.filter(condition).isPresent(), deviceId + " becoming as expected").orElseThrow();
    }
}
