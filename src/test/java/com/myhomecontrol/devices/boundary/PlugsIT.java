package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plugs of a devices file, emulated on loopback, one of each firmware a user may own: what the
 * server stores from each over real HTTP, the status it shows, and the round trips of a poll;
 * beside them a dead plug; and last, with a start of their own, refused credentials.
 */
@OwnServerEnvironment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlugsIT {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("home@example.com", "plug-it-password");
    private static final Map<String, PlugSettings> PLUGS = new LinkedHashMap<>();

    static {
        PLUGS.put("fridge", settings("fridge").withFirmware(PlugFirmware.KLAP_EMETER));
        PLUGS.put("freezer", settings("freezer").withFirmware(PlugFirmware.KLAP_NO_EMETER));
        PLUGS.put("kettle", settings("kettle").withFirmware(PlugFirmware.KLAP_NO_COMPONENT_NEGO));
        PLUGS.put("tv", settings("tv").withFirmware(PlugFirmware.PASSTHROUGH_OLD));
        PLUGS.put("heater", settings("heater").withFirmware(PlugFirmware.ENERGY_USAGE_ERROR));
        PLUGS.put("lamp", settings("lamp").withFirmware(PlugFirmware.KLAP_EMETER).closingConnections());
    }

    private static final Map<String, EmulatedPlug> started = new LinkedHashMap<>();
    private static Map<String, String> environment;

    @BeforeAll
    static void withAPlugOfEachFirmwareAndADeadOne() throws IOException {
        LibertyServer.ensureRunning();
        PLUGS.forEach((id, settings) -> started.put(id, EmulatedPlug.start(settings, 0)));
        String plugs = started.entrySet().stream()
                .map(plug -> "{\"device_id\": \"%s\", \"host\": \"%s\", \"poll_seconds\": 5}".formatted(plug.getKey(), plug.getValue().host()))
                .collect(Collectors.joining(",\n  "));
        Path devices = LibertyServer.dataDirectory().resolve("plugs-it/devices.json");
        Files.createDirectories(devices.getParent());
        Files.writeString(devices, "{\"tapo_plugs\": [\n  " + plugs
                + ",\n  {\"device_id\": \"garage\", \"host\": \"127.0.0.1:1\", \"poll_seconds\": 5}\n]}\n");
        environment = Map.of(
                "DEVICES_FILE", devices.toString(),
                "TIMESERIES_DB_PATH", "data/plugs-it/timeseries.db",
                "TAPO_USERNAME", ACCOUNT.username(),
                "TAPO_PASSWORD", ACCOUNT.password());
        LibertyServer.restart(environment);
    }

    @AfterAll
    static void withoutThemAgain() {
        started.values().forEach(EmulatedPlug::close);
    }

    @Test
    @Order(1)
    void eachFirmwareIsReadForWhatItHasAndSaysWhatItCannotGive() {
        Map<String, JsonObject> devices = awaitDevices(d -> d.get("fridge").getString("status").equals("online")
                && d.get("freezer").getString("status").equals("degraded") && d.get("kettle").getString("status").equals("online")
                && d.get("tv").getString("status").equals("online") && d.get("heater").getString("status").equals("error")
                && d.get("lamp").getJsonNumber("readings_stored").longValue() >= 3
                && d.get("garage").getString("status").equals("offline"));

        JsonObject fridge = devices.get("fridge");
        assertEquals("klap", fridge.getString("protocol"));
        assertFalse(fridge.getBoolean("emulated"), "a plug of the devices file is a real one to the server");
        assertEquals("fridge", fridge.getString("nickname"), "decoded");
        for (String field : List.of("model", "hardware_version", "firmware_version", "mac")) {
            assertTrue(fridge.get(field) instanceof JsonString, field + " in " + fridge);
        }
        assertTrue(fridge.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("id").equals("energy_monitoring") && c.getInt("ver_code") == 2), fridge.toString());
        assertTrue(strings(fridge, "measures").containsAll(List.of("power_w", "voltage_v", "current_a", "daily_energy_kwh")), fridge.toString());
        assertEquals(List.of(), strings(fridge, "problems"));
        assertEquals(230.0, latest("fridge").getJsonNumber("voltage_v").doubleValue(), 3.0);

        JsonObject freezer = devices.get("freezer");
        assertEquals(List.of("voltage_v, current_a: get_emeter_data error_code -40210"), strings(freezer, "problems"));
        assertFalse(strings(freezer, "measures").contains("voltage_v"), freezer.toString());
        JsonObject freezerLatest = latest("freezer");
        assertTrue(freezerLatest.getJsonNumber("power_w").doubleValue() > 0, freezerLatest.toString());
        assertEquals(JsonValue.NULL, freezerLatest.get("voltage_v"), "nothing invented: " + freezerLatest);
        assertTrue(freezer.getJsonNumber("readings_stored").longValue() >= 1);

        assertEquals(JsonValue.NULL, devices.get("kettle").get("components"), "firmware without component_nego: " + devices.get("kettle"));
        assertTrue(latest("kettle").getJsonNumber("power_w").doubleValue() > 0);

        JsonObject tv = devices.get("tv");
        assertEquals("secure_passthrough", tv.getString("protocol"));
        JsonObject tvLatest = latest("tv");
        assertEquals(JsonValue.NULL, tvLatest.get("voltage_v"), "firmware without emeter measures no voltage: " + tvLatest);
        assertEquals(JsonValue.NULL, tvLatest.get("current_a"));
        assertTrue(tvLatest.getJsonNumber("power_w").doubleValue() > 0, tvLatest.toString());

        JsonObject heater = devices.get("heater");
        assertTrue(heater.getString("last_error").contains("-1301"), heater.toString());
        assertEquals(0, heater.getJsonNumber("readings_stored").longValue());
        assertEquals(404, Api.get("/api/energy/devices/heater/latest", VIEWER).statusCode(), "nothing stored");

        JsonObject lamp = devices.get("lamp");
        assertEquals("online", lamp.getString("status"), "a plug that closes its connections is read anyway: " + lamp);
        assertTrue(started.get("lamp").connectionsClosedUnanswered() > 0, "the server did reuse connections the lamp had closed");

        JsonObject garage = devices.get("garage");
        assertTrue(garage.getString("last_error").contains("127.0.0.1:1"), garage.toString());
        assertEquals(JsonValue.NULL, garage.get("last_success"));
        assertReadyWithEveryStateCounted();
    }

    @Test
    @Order(2)
    void aPollIsOneRoundTripWhereThePlugTakesMultipleRequestAndOneCallAMethodWhereItDoesNot() {
        awaitDevices(d -> d.get("fridge").getString("status").equals("online") && d.get("tv").getString("status").equals("online"));
        EmulatedPlug tv = started.get("tv");
        int batchesBefore = tv.calls("multipleRequest");

        assertEquals(1, roundTripsOfAPoll("fridge"), "get_device_info, get_energy_usage, get_current_power, get_emeter_data in one");
        assertEquals(2, roundTripsOfAPoll("tv"), "get_energy_usage and get_device_info; get_emeter_data was refused once");
        assertTrue(batchesBefore >= 1, "multipleRequest was tried");
        assertEquals(batchesBefore, tv.calls("multipleRequest"), "refused once a session, not asked at every poll");
    }

    @Test
    @Order(3)
    void refusedCredentialsAreAuthFailedAndBackOffInsteadOfRetryingEveryInterval() {
        EmulatedPlug fridge = started.get("fridge");
        int handshakesBefore = fridge.handshakes();
        LibertyServer.restart(DevicesApi.with(environment, "TAPO_PASSWORD", "not-the-password"));

        Map<String, JsonObject> devices = awaitDevices(d -> d.get("fridge").getString("status").equals("auth_failed")
                && d.get("tv").getString("status").equals("auth_failed"));
        Instant nextPoll = Instant.parse(devices.get("fridge").getString("next_poll"));
        Eventually.await(() -> Instant.now(), now -> now.isAfter(nextPoll.plusSeconds(1)), "the first back-off passing");

        int handshakes = fridge.handshakes() - handshakesBefore;
        assertTrue(handshakes >= 1 && handshakes <= 3, "a doubling back-off, not a handshake every 5 s: " + handshakes);
        assertTrue(devices.get("fridge").getString("last_error").contains("does not match the credentials"), devices.get("fridge").toString());
        assertEquals(0, devices.get("fridge").getJsonNumber("readings_stored").longValue());
    }

    private static int roundTripsOfAPoll(String deviceId) {
        EmulatedPlug plug = started.get(deviceId);
        assertEquals(200, Api.post("/api/devices/" + deviceId + "/poll", "", OPERATOR).statusCode());
        int before = plug.requests();
        var polled = Api.post("/api/devices/" + deviceId + "/poll", "", OPERATOR);
        assertEquals(200, polled.statusCode(), polled.body());
        return plug.requests() - before;
    }

    private static void assertReadyWithEveryStateCounted() {
        var ready = Api.get("/health/ready", ANONYMOUS);
        assertEquals(200, ready.statusCode(), "plugs that cannot be read do not make the platform unready: " + ready.body());
        JsonObject check = Api.object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("devices")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        JsonObject data = check.getJsonObject("data");
        assertEquals(4, data.getInt("online"), data.toString());
        assertEquals(1, data.getInt("degraded"));
        assertEquals(1, data.getInt("error"));
        assertEquals(1, data.getInt("offline"));
    }

    private static JsonObject latest(String deviceId) {
        return Api.object(Api.get("/api/energy/devices/" + deviceId + "/latest", VIEWER));
    }

    private static List<String> strings(JsonObject device, String field) {
        return device.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static PlugSettings settings(String nickname) {
        return PlugSettings.klap(nickname, ACCOUNT, PowerProfiles.FRIDGE);
    }

    private static Map<String, JsonObject> awaitDevices(Predicate<Map<String, JsonObject>> condition) {
        return Eventually.await(() -> DevicesApi.devices().stream()
                        .collect(Collectors.toMap(d -> d.getString("device_id"), d -> d)),
                devices -> devices.keySet().containsAll(PLUGS.keySet()) && devices.containsKey("garage") && condition.test(devices),
                "the plugs becoming as expected");
    }
}
