package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.Metrics;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emulated home, polled over the real protocols on timers, as a fresh install sees it: with
 * PostgreSQL each poll claimed in its table poll_claims; without PostgreSQL, PostgreSQL never asked.
 */
@OwnServerEnvironment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesIT {

    /** The tests that change the server's start run after those on the emulated home as @BeforeAll starts it. */
    private static final int LAST = Order.DEFAULT + 2;

    /** Its own time series, so that the readings of the emulated home change no other test's figures. */
    private static final Map<String, String> EMULATED_HOME = Map.of(
            "HOMECONTROL_EMULATED_HOME", "true",
            "HOMECONTROL_EMULATED_POLL_SECONDS", "2",
            "TIMESERIES_DB_PATH", "data/devices-it/timeseries.db");
    private static final List<String> PLUGS = List.of("aircon", "fridge", "tv");
    private static final String STATION = "70:ee:50:00:00:01";
    private static final int DEVICES = PLUGS.size() + 1;
    private static final Pattern DATABASE_ERROR = Pattern.compile(" E |DSRA\\d{4}E|J2CA\\d{4}E|CWWKC\\d{4}E|poll_timers|poll_claims");

    @BeforeAll
    static void withTheEmulatedHome() {
        LibertyServer.restart(EMULATED_HOME);
    }

    /** Plugs of three firmware, as a home may have them: a fresh install shows a degraded plug beside healthy ones. */
    @Test
    void theThreePlugsAreReadThroughKlapAndTheOneWithoutEmeterIsDegraded() {
        Map<String, String> expected = Map.of("aircon", "online", "fridge", "online", "tv", "degraded");
        List<JsonObject> devices = awaitDevices(list -> plugs(list).size() == PLUGS.size()
                && plugs(list).stream().allMatch(device -> device.getString("status").equals(expected.get(device.getString("device_id")))));
        devices = plugs(devices);

        assertEquals(PLUGS, devices.stream().map(device -> device.getString("device_id")).toList());
        for (JsonObject device : devices) {
            assertEquals("tapo_p115", device.getString("kind"));
            assertEquals("klap", device.getString("protocol"));
            assertTrue(device.getBoolean("emulated"));
            assertTrue(device.getJsonNumber("readings_stored").longValue() > 0, device.toString());
            assertTrue(Instant.parse(device.getString("next_poll")).isAfter(Instant.parse(device.getString("last_success"))));
        }
        assertEquals("voltage_v, current_a: get_emeter_data error_code -40210",
                devices.get(2).getJsonArray("problems").getString(0), devices.get(2).toString());
        JsonObject latest = Api.object(Api.get("/api/energy/devices/aircon/latest", VIEWER));
        assertTrue(latest.getJsonNumber("power_w").doubleValue() > 0, latest.toString());
        assertEquals(230.0, latest.getJsonNumber("voltage_v").doubleValue(), 3.0);
        JsonObject tv = Api.object(Api.get("/api/energy/devices/tv/latest", VIEWER));
        assertEquals(JsonValue.NULL, tv.get("voltage_v"), tv.toString());
    }

    @Test
    void theEmulatedStationIsPolledThroughTheNetatmoApiWithItsUnreachableModuleOffline() {
        JsonObject account = awaitDevices(list -> netatmo(list).filter(a -> a.getString("status").equals("online")).isPresent())
                .stream().filter(device -> device.getString("device_id").equals("netatmo")).findFirst().orElseThrow();

        assertEquals("netatmo_api", account.getString("protocol"));
        assertTrue(account.getBoolean("emulated"));
        assertTrue(account.getJsonNumber("readings_stored").longValue() >= 5, account.toString());
        Map<String, Boolean> modules = new TreeMap<>();
        account.getJsonArray("modules").getValuesAs(JsonObject.class)
                .forEach(m -> modules.put(m.getString("module_type"), m.getBoolean("online")));
        assertEquals(Map.of("indoor", true, "outdoor", true, "extra_bedroom", true, "wind", true, "rain", true,
                "extra_cellar", false), modules);
        Map<String, JsonObject> byType = account.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("module_type"), m -> m));
        JsonObject outdoor = byType.get("outdoor");
        assertEquals("NAModule1", outdoor.getString("netatmo_type"));
        assertTrue(outdoor.getBoolean("reachable"));
        assertTrue(outdoor.getInt("battery_percent") > 0, outdoor.toString());
        assertTrue(Instant.parse(outdoor.getString("last_seen")).isAfter(Instant.now().minus(Duration.ofHours(1))), outdoor.toString());
        assertFalse(outdoor.getString("module_name").isEmpty());
        assertEquals(JsonValue.NULL, byType.get("indoor").get("battery_percent"), "the main station has no battery");
        assertFalse(byType.get("extra_cellar").getBoolean("reachable"));
        Set<String> stored = DevicesApi.weatherSeries()
                .stream().filter(s -> s.getString("station_id").equals(STATION)).map(s -> s.getString("module_type"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("indoor", "outdoor", "extra_bedroom", "wind", "rain"), stored);
        var polled = Api.post("/api/devices/netatmo/poll", "", OPERATOR);
        assertEquals(200, polled.statusCode(), polled.body());
        assertEquals("online", Api.object(polled).getString("status"));
    }

    /** Each poll counts in /metrics under its device and what it came to, the degraded plug's apart. */
    @Test
    void thePollsAreCountedPerDeviceAndOutcome() {
        awaitPolledTwice();
        Metrics metrics = Eventually.await(() -> Metrics.scrape(ADMIN), m -> m.count("device_polls_total", "device=\"tv\"", "outcome=\"degraded\"") >= 2
                && m.count("device_polls_total", "device=\"aircon\"", "outcome=\"online\"") >= 2, "the polls counted");
        assertEquals(0, metrics.count("device_polls_total", "device=\"tv\"", "outcome=\"online\""), "the tv plug has no energy meter");
        assertTrue(metrics.count("device_polls_total", "device=\"netatmo\"", "outcome=\"online\"") >= 1);
    }

    @Test
    void anOperatorPollsNow() {
        long before = awaitDevices(list -> plugs(list).size() == PLUGS.size()).get(0).getJsonNumber("readings_stored").longValue();

        var response = Api.post("/api/devices/aircon/poll", "", OPERATOR);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject device = Api.object(response);
        assertEquals("aircon", device.getString("device_id"));
        assertEquals("online", device.getString("status"));
        assertTrue(device.getJsonNumber("readings_stored").longValue() > before, device.toString());
        assertEquals(403, Api.post("/api/devices/aircon/poll", "", VIEWER).statusCode());
        assertProblem(Api.post("/api/devices/no-such-plug/poll", "", OPERATOR), 404);
    }

    /** Last, as it leaves the server stopped by its devices file. */
    @Test
    @Order(LAST)
    void aMalformedDevicesFileStopsTheStartNamingTheLine() throws IOException {
        Path file = LibertyServer.dataDirectory().resolve("devices-it/bad-devices.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"tapo_plugs\": [\n    {\"device_id\": \"aircon\", \"hots\": \"192.168.1.20\"}\n  ]\n}\n");

        String log = LibertyServer.startFailing(Map.of("DEVICES_FILE", file.toString()));

        assertTrue(log.contains(file + " line 3: tapo_plugs[0].hots: unknown field"), log);
    }

    @Test
    void withPostgresEachPollIsClaimedInTheSharedDatabase() {
        awaitPolledTwice();
        Map<String, Instant> claimed = DevicesApi.pollClaims();
        Set<String> devices = DevicesApi.devices().stream().map(d -> d.getString("device_id")).collect(Collectors.toSet());
        assertTrue(claimed.keySet().containsAll(devices), claimed + " " + devices);

        Eventually.await(DevicesApi::pollClaims, later -> PLUGS.stream().allMatch(plug -> later.get(plug).isAfter(claimed.get(plug))),
                "each plug's next poll claimed");
    }

    /** After the tests on the emulated home with PostgreSQL, since it leaves the server without. */
    @Test
    @Order(LAST - 1)
    void withoutPostgresTheDevicesArePolledOnTimersThatNeverAskPostgres() {
        Map<String, Instant> claimed = new HashMap<>();
        var database = DevicesApi.testServersDatabase();
        // A port nobody listens on: any attempt to reach PostgreSQL would log an error. The claims as
        // the server with PostgreSQL left them once stopped.
        LibertyServer.restart(DevicesApi.with(EMULATED_HOME, "POSTGRES_HOST", "", "POSTGRES_PORT", "1"),
                () -> claimed.putAll(DevicesApi.pollClaims(database)));

        awaitPolledTwice();
        String log = LibertyServer.logOfThisStart();
        assertFalse(DATABASE_ERROR.matcher(log).find(), log);
        assertEquals(claimed, DevicesApi.pollClaims());
    }

    /** Every device read (online, or degraded as the tv is), each polled at least twice by its timer since the start. */
    private static void awaitPolledTwice() {
        awaitDevices(devices -> devices.size() == DEVICES && devices.stream().allMatch(DevicesIT::polledTwice));
    }

    private static boolean polledTwice(JsonObject device) {
        return List.of("online", "degraded").contains(device.getString("status")) && device.getJsonNumber("readings_stored").longValue()
                >= (device.getString("kind").equals("netatmo") ? 10 : 2);
    }

    private static List<JsonObject> plugs(List<JsonObject> devices) {
        return devices.stream().filter(device -> device.getString("kind").equals("tapo_p115")).toList();
    }

    private static Optional<JsonObject> netatmo(List<JsonObject> devices) {
        return devices.stream().filter(device -> device.getString("kind").equals("netatmo")).findFirst();
    }

    private static List<JsonObject> awaitDevices(Predicate<List<JsonObject>> condition) {
        return Eventually.await(DevicesApi::devices,
                condition, "the devices becoming as expected");
    }
}
