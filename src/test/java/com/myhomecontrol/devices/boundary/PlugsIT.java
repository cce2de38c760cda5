package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plugs of a devices file, emulated on loopback: each firmware's protocol, a dead plug beside live ones, refused credentials. */
class PlugsIT {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("home@example.com", "plug-it-password");

    private static EmulatedPlug fridge;
    private static EmulatedPlug tv;
    private static Map<String, String> environment;

    @BeforeAll
    static void withThreePlugs() throws IOException {
        LibertyServer.ensureRunning();
        fridge = EmulatedPlug.start(PlugSettings.klap("fridge", ACCOUNT, PowerProfiles.FRIDGE), 0);
        tv = EmulatedPlug.start(PlugSettings.klap("tv", ACCOUNT, PowerProfiles.STANDBY_TV).withFirmware(PlugFirmware.PASSTHROUGH_OLD), 0);
        Path devices = LibertyServer.dataDirectory().resolve("plugs-it/devices.json");
        Files.createDirectories(devices.getParent());
        Files.writeString(devices, """
                {"tapo_plugs": [
                  {"device_id": "fridge", "host": "%s", "poll_seconds": 5},
                  {"device_id": "tv", "host": "%s", "poll_seconds": 5},
                  {"device_id": "garage", "host": "127.0.0.1:1", "poll_seconds": 5}
                ]}
                """.formatted(fridge.host(), tv.host()));
        environment = Map.of(
                "DEVICES_FILE", devices.toString(),
                "TIMESERIES_DB_PATH", "data/plugs-it/timeseries.db",
                "TAPO_USERNAME", ACCOUNT.username(),
                "TAPO_PASSWORD", ACCOUNT.password());
    }

    @AfterAll
    static void withoutThemAgain() {
        LibertyServer.restart(Map.of());
        fridge.close();
        tv.close();
    }

    @Test
    void eachPlugIsReadThroughItsFirmwaresProtocolAndADeadPlugStopsNoOther() {
        LibertyServer.restart(environment);

        Map<String, JsonObject> devices = awaitDevices(d -> d.get("fridge").getString("status").equals("online")
                && d.get("tv").getString("status").equals("online") && d.get("garage").getString("status").equals("offline"));

        assertEquals("klap", devices.get("fridge").getString("protocol"));
        assertEquals("secure_passthrough", devices.get("tv").getString("protocol"));
        assertFalse(devices.get("fridge").getBoolean("emulated"), "a plug of the devices file is a real one to the server");
        assertTrue(devices.get("garage").getString("last_error").contains("127.0.0.1:1"), devices.get("garage").toString());
        assertEquals(JsonValue.NULL, devices.get("garage").get("last_success"));
        JsonObject fridgeLatest = Api.object(Api.get("/api/energy/devices/fridge/latest", VIEWER));
        assertEquals(230.0, fridgeLatest.getJsonNumber("voltage_v").doubleValue(), 3.0);
        JsonObject tvLatest = Api.object(Api.get("/api/energy/devices/tv/latest", VIEWER));
        assertEquals(JsonValue.NULL, tvLatest.get("voltage_v"), "firmware without emeter measures no voltage: " + tvLatest);
        assertEquals(JsonValue.NULL, tvLatest.get("current_a"));
        assertTrue(tvLatest.getJsonNumber("power_w").doubleValue() > 0, tvLatest.toString());
        var ready = Api.get("/health/ready", ANONYMOUS);
        assertEquals(200, ready.statusCode(), "a dead plug does not make the platform unready: " + ready.body());
        JsonObject check = Api.object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("devices")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        assertEquals(2, check.getJsonObject("data").getInt("online"));
        assertEquals(1, check.getJsonObject("data").getInt("offline"));
        assertEquals("garage (offline)", check.getJsonObject("data").getString("not_online"));
    }

    @Test
    void refusedCredentialsAreAuthFailedAndBackOffInsteadOfRetryingEveryInterval() {
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

    private static Map<String, JsonObject> awaitDevices(Predicate<Map<String, JsonObject>> condition) {
        return Eventually.await(() -> DevicesApi.devices().stream()
                        .collect(Collectors.toMap(d -> d.getString("device_id"), d -> d)),
                devices -> devices.keySet().containsAll(List.of("fridge", "tv", "garage")) && condition.test(devices),
                "the plugs becoming as expected");
    }
}
