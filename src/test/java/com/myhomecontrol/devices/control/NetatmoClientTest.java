package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.devices.entity.NetatmoModuleStatus;
import com.myhomecontrol.devices.entity.NetatmoReading;
import com.myhomecontrol.devices.entity.NetatmoStations;
import com.myhomecontrol.emulation.control.NetatmoEmulator;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetatmoClientTest {

    private static final String STATION = "70:ee:50:00:00:01";

    @TempDir
    Path folder;

    private NetatmoEmulator emulator = start(NetatmoEmulatorSettings.of("app", "secret", "first-token"));

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static NetatmoEmulator start(NetatmoEmulatorSettings settings) {
        return new NetatmoEmulator(settings, 0);
    }

    private NetatmoClient client() {
        return new NetatmoClient(new NetatmoAccount(emulator.baseUrl(), "app", "secret", "first-token",
                folder.resolve("netatmo-token")), Clock.systemUTC());
    }

    @Test
    void everyReachableModuleGivesAReadingOfItsType() {
        Map<String, NetatmoReading> readings = client().stations().readings().stream()
                .collect(Collectors.toMap(NetatmoReading::moduleType, Function.identity()));

        assertEquals(Set.of("indoor", "outdoor", "extra_bedroom", "wind", "rain"), readings.keySet());
        readings.values().forEach(r -> {
            assertEquals(STATION, r.stationId());
            assertEquals(0, r.timestamp() % 300);
        });
        NetatmoReading indoor = readings.get("indoor");
        assertNotNull(indoor.co2Ppm());
        assertNotNull(indoor.noiseDb());
        assertNotNull(indoor.pressureMbar());
        assertNull(indoor.windStrengthKmh());
        NetatmoReading outdoor = readings.get("outdoor");
        assertNotNull(outdoor.temperatureC());
        assertNull(outdoor.co2Ppm());
        assertNotNull(readings.get("extra_bedroom").co2Ppm());
        NetatmoReading wind = readings.get("wind");
        assertNotNull(wind.windStrengthKmh());
        assertNotNull(wind.windAngleDeg());
        assertNotNull(wind.gustStrengthKmh());
        assertNotNull(wind.gustAngleDeg());
        assertNull(wind.temperatureC());
        NetatmoReading rain = readings.get("rain");
        assertNotNull(rain.rainMm());
        assertNotNull(rain.rainLastHourMm());
        assertNotNull(rain.rainLastDayMm());
    }

    @Test
    void anUnreachableModuleIsOfflineAndGivesNoReading() {
        NetatmoStations stations = client().stations();

        NetatmoModuleStatus cellar = module(stations, "extra_cellar");

        assertFalse(cellar.online());
        assertEquals("Cellar", cellar.moduleName());
        assertTrue(stations.readings().stream().noneMatch(r -> r.moduleType().equals("extra_cellar")));
        assertEquals(5, stations.modules().stream().filter(NetatmoModuleStatus::online).count());
    }

    @Test
    void aGapOfMoreThan1024PointsIsFetchedInPages() {
        NetatmoClient client = client();
        NetatmoModuleStatus bedroom = module(client.stations(), "extra_bedroom");
        long to = bedroom.lastSeen();
        long from = to - Duration.ofDays(4).toSeconds() + 1;

        List<NetatmoReading> readings = client.measures(bedroom, from, to);

        assertEquals(Duration.ofDays(4).toSeconds() / 300, readings.size());
        assertEquals(2, emulator.calls("/api/getmeasure"));
        for (int i = 1; i < readings.size(); i++) {
            assertEquals(300, readings.get(i).timestamp() - readings.get(i - 1).timestamp());
        }
        NetatmoReading last = readings.get(readings.size() - 1);
        assertEquals(to, last.timestamp());
        assertEquals("extra_bedroom", last.moduleType());
        assertNotNull(last.co2Ppm());
    }

    @Test
    void theMainStationIsBackfilledWithoutModuleId() {
        NetatmoClient client = client();
        NetatmoModuleStatus main = module(client.stations(), "indoor");

        List<NetatmoReading> readings = client.measures(main, main.lastSeen() - 3600, main.lastSeen());

        assertEquals(12, readings.size());
        assertNotNull(readings.get(0).noiseDb());
    }

    @Test
    void theRateLimitSurfacesWithARetryHint() {
        emulator.close();
        emulator = start(NetatmoEmulatorSettings.of("app", "secret", "first-token").withRateLimit(3, Duration.ofHours(1)));
        NetatmoClient client = client();
        for (int i = 0; i < 3; i++) {
            client.stations();
        }

        NetatmoRateLimitedException limited = assertThrows(NetatmoRateLimitedException.class, client::stations);

        assertTrue(limited.retryAfter().toSeconds() > 0);
        assertEquals(4, emulator.calls("/api/getstationsdata"));
    }

    private static NetatmoModuleStatus module(NetatmoStations stations, String moduleType) {
        return stations.modules().stream().filter(m -> m.moduleType().equals(moduleType)).findFirst().orElseThrow();
    }
}
