package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.emulation.control.MutableClock;
import com.myhomecontrol.emulation.control.NetatmoEmulator;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A configured Netatmo account, the Netatmo API emulated on loopback with a clock of the test's own. */
@OwnServerEnvironment
class NetatmoIT {

    private static final String FIRST_TOKEN = "first-refresh-token";
    private static final String STATION = "70:ee:50:00:00:01";

    private static MutableClock clock;
    private static NetatmoEmulator netatmo;
    private static Map<String, String> environment;

    @BeforeAll
    static void withAnAccount() throws IOException {
        LibertyServer.ensureRunning();
        clock = new MutableClock(Instant.now());
        netatmo = new NetatmoEmulator(NetatmoEmulatorSettings.of("it-app", "it-secret", FIRST_TOKEN).withClock(clock), 0);
        Path devices = LibertyServer.dataDirectory().resolve("netatmo-it/devices.json");
        Files.createDirectories(devices.getParent());
        Files.writeString(devices, "{\"netatmo\": {\"enabled\": true, \"poll_seconds\": 600}}\n");
        environment = Map.of(
                "DEVICES_FILE", devices.toString(),
                "TIMESERIES_DB_PATH", "data/netatmo-it/timeseries.db",
                "NETATMO_BASE_URL", netatmo.baseUrl().toString(),
                "NETATMO_CLIENT_ID", "it-app",
                "NETATMO_CLIENT_SECRET", "it-secret",
                "NETATMO_REFRESH_TOKEN", FIRST_TOKEN);
    }

    @AfterAll
    static void withoutItAgain() {
        netatmo.close();
    }

    @Test
    void theRotatedTokenSurvivesARestartAndTheHoursTheServerWasDownAreFilled() {
        LibertyServer.restart(environment, DevicesApi::removeNetatmoTokenFile);
        awaitOnline();
        String rotated = tokenFile();
        assertNotEquals(FIRST_TOKEN, rotated, "the token Netatmo rotated is kept");
        long before = readingCount("outdoor");

        LibertyServer.restart(environment, () -> clock.advance(Duration.ofHours(2)));
        JsonObject account = awaitOnline();

        assertEquals(before + 2 * 12, readingCount("outdoor"), "a record every five minutes while the server was down");
        assertEquals(readingCount("outdoor"), readingCount("extra_bedroom"));
        assertNotEquals(rotated, tokenFile(), "the environment's first token, refused by now, was not used again");
        assertEquals(false, account.getBoolean("emulated"));
    }

    @Test
    void aRateLimitIsShownWithTheTimeNetatmoIsAskedAgain() {
        try (NetatmoEmulator limited = new NetatmoEmulator(NetatmoEmulatorSettings.of("it-app", "it-secret", FIRST_TOKEN)
                .withRateLimit(0, Duration.ofHours(1)), 0)) {
            LibertyServer.restart(DevicesApi.with(environment, "NETATMO_BASE_URL", limited.baseUrl().toString()),
                    DevicesApi::removeNetatmoTokenFile);

            JsonObject account = awaitStatus("rate_limited");

            assertTrue(Instant.parse(account.getString("next_poll")).isAfter(Instant.now().plusSeconds(50)),
                    "asked again after Netatmo's retry hint of a minute at the earliest: " + account);
            assertTrue(account.getString("last_error").contains("rate limit"), account.toString());
            assertEquals(1, limited.calls("/api/getstationsdata"));
        }
    }

    private static JsonObject awaitOnline() {
        return awaitStatus("online");
    }

    private static JsonObject awaitStatus(String status) {
        return Eventually.await(() -> DevicesApi.devices().stream()
                        .filter(device -> device.getString("device_id").equals("netatmo")).findFirst().orElseThrow(),
                account -> account.getString("status").equals(status), "the Netatmo account becoming " + status);
    }

    private static long readingCount(String moduleType) {
        return DevicesApi.weatherSeries().stream()
                .filter(s -> s.getString("station_id").equals(STATION) && s.getString("module_type").equals(moduleType))
                .findFirst().orElseThrow().getJsonNumber("reading_count").longValue();
    }

    private static String tokenFile() {
        try {
            return Files.readString(LibertyServer.dataDirectory().resolve("netatmo-token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
