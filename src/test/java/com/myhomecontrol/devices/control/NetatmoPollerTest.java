package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.ModuleState;
import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.emulation.control.MutableClock;
import com.myhomecontrol.emulation.control.NetatmoEmulator;
import com.myhomecontrol.emulation.control.NetatmoEmulatorSettings;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetatmoPollerTest {

    private static final Duration INTERVAL = Duration.ofMinutes(10);

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:30:00Z"));
    private DataSource dataSource;
    private TimeseriesWriter writer;
    private NetatmoEmulator emulator;

    @BeforeEach
    void open() {
        dataSource = SqliteFiles.migrated(directory);
        writer = SqliteFiles.writer(dataSource);
    }

    @AfterEach
    void close() {
        emulator.close();
        writer.close();
    }

    @Test
    void aPollStoresAReadingPerOnlineModuleOnceAndShowsTheUnreachableModuleOffline() {
        emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first-token"), 0);
        PolledNetatmo account = account("first-token");
        NetatmoPoller poller = poller();

        DeviceStatus status = poller.pollNow(account);
        poller.pollNow(account);

        assertEquals("online", status.status());
        assertEquals("netatmo", status.kind());
        assertEquals("netatmo_api", status.protocol());
        assertEquals(5, status.readingsStored());
        assertEquals(clock.instant(), status.lastSuccess());
        assertEquals(List.of("indoor online", "outdoor online", "extra_bedroom online", "wind online", "rain online",
                "extra_cellar offline"), status.modules().stream()
                .map(m -> m.moduleType() + (m.online() ? " online" : " offline")).toList());
        ModuleState outdoor = status.modules().get(1);
        assertEquals("NAModule1", outdoor.netatmoType());
        assertTrue(outdoor.reachable());
        assertNotNull(outdoor.batteryPercent(), "a battery module reports its charge");
        assertNotNull(outdoor.lastSeen());
        assertNotNull(outdoor.moduleName());
        ModuleState indoor = status.modules().get(0);
        assertNull(indoor.batteryPercent(), "the main station runs on mains: " + indoor);
        ModuleState cellar = status.modules().get(5);
        assertFalse(cellar.reachable());
        assertEquals(5, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM weather_timeseries"),
                "the second poll saw the same time_utc and merged");
        List<Double> wind = SqliteFiles.doubles(dataSource,
                "SELECT wind_strength_kmh, gust_angle_deg FROM weather_timeseries WHERE module_type = 'wind'");
        assertNotNull(wind.get(0));
        assertNotNull(wind.get(1));
        List<Double> rain = SqliteFiles.doubles(dataSource,
                "SELECT rain_mm, rain_1h_mm, rain_24h_mm FROM weather_timeseries WHERE module_type = 'rain'");
        assertFalse(rain.contains(null), rain.toString());
    }

    @Test
    void aRefusedRefreshTokenIsAuthFailedAndBacksOffWithoutAskingAgainMeanwhile() {
        emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first-token"), 0);
        PolledNetatmo account = account("revoked-token");
        NetatmoPoller poller = poller();

        poller.pollInBackground(account);
        poller.pollInBackground(account);

        assertEquals("auth_failed", account.status().status());
        assertTrue(account.status().lastError().contains("NETATMO_REFRESH_TOKEN"), account.status().lastError());
        assertEquals(1, emulator.calls("/oauth2/token"));
        clock.advance(INTERVAL);
        poller.pollInBackground(account);
        assertEquals(2, emulator.calls("/oauth2/token"));
    }

    @Test
    void aRateLimitIsShownAndWaitedOutForAtLeastTheRetryHint() {
        emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first-token")
                .withRateLimit(0, Duration.ofHours(1)), 0);
        PolledNetatmo account = account("first-token");
        NetatmoPoller poller = poller();

        poller.pollInBackground(account);
        assertEquals("rate_limited", account.status().status());
        assertNotNull(account.status().lastError());
        assertEquals(1, emulator.calls("/api/getstationsdata"));

        clock.advance(Duration.ofSeconds(59));
        poller.pollInBackground(account);
        assertEquals(1, emulator.calls("/api/getstationsdata"), "Netatmo's retry hint is a minute");
        clock.advance(Duration.ofSeconds(1));
        poller.pollInBackground(account);
        assertEquals(2, emulator.calls("/api/getstationsdata"));
    }

    @Test
    void aGapIsFilledFromGetmeasureAndTheNewestReadingFollows() {
        PolledNetatmo account = polledOnceOnTheTestsClock();
        NetatmoPoller poller = poller();

        clock.advance(Duration.ofHours(6));
        poller.pollNow(account);

        assertEquals(6 * 12 + 1, countOf("extra_bedroom"), "a record every five minutes, none missing");
        assertEquals(0, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM (SELECT timestamp - LAG(timestamp) OVER (ORDER BY timestamp) AS step"
                + " FROM weather_timeseries WHERE module_type = 'indoor') WHERE step <> 300"));
        assertEquals(countOf("indoor"), countOf("rain"));
    }

    @Test
    void aLongGapIsFilledAWeekAPollWithinTheRateLimit() {
        PolledNetatmo account = polledOnceOnTheTestsClock();
        NetatmoPoller poller = poller();
        long first = SqliteFiles.longValue(dataSource, "SELECT MAX(timestamp) FROM weather_timeseries WHERE module_type = 'outdoor'");

        clock.advance(Duration.ofDays(10));
        poller.pollNow(account);
        long afterOnePoll = SqliteFiles.longValue(dataSource, "SELECT MAX(timestamp) FROM weather_timeseries WHERE module_type = 'outdoor'");
        assertEquals(first + Duration.ofDays(7).toSeconds(), afterOnePoll, 300, "a week filled, the newest reading waits");
        assertTrue(emulator.calls("/api/getmeasure") <= 5 * 2, "two pages a module");

        poller.pollNow(account);

        assertEquals(Duration.ofDays(10).toSeconds() / 300 + 1, countOf("outdoor"));
        assertEquals("online", account.status().status());
    }

    @Test
    void readingsOlderThanThirtyDaysAreNotAskedFor() {
        PolledNetatmo account = polledOnceOnTheTestsClock();
        NetatmoPoller poller = poller();

        clock.advance(Duration.ofDays(45));
        for (int poll = 0; poll < 6; poll++) {
            poller.pollNow(account);
        }

        long newest = SqliteFiles.longValue(dataSource, "SELECT MAX(timestamp) FROM weather_timeseries WHERE module_type = 'wind'");
        assertEquals(1 + Duration.ofDays(30).toSeconds() / 300 + 1, countOf("wind"), "the first reading, 30 days and the newest");
        assertEquals(newest - Duration.ofDays(30).toSeconds(), SqliteFiles.longValue(dataSource,
                "SELECT MIN(timestamp) FROM weather_timeseries WHERE module_type = 'wind' AND timestamp > " + (newest - Duration.ofDays(40).toSeconds())), 300);
    }

    /** An account polled once, of an emulator on the test's clock, so that time can pass between polls. */
    private PolledNetatmo polledOnceOnTheTestsClock() {
        emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first-token").withClock(clock), 0);
        PolledNetatmo account = account("first-token");
        poller().pollNow(account);
        return account;
    }

    private long countOf(String moduleType) {
        return SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM weather_timeseries WHERE module_type = '" + moduleType + "'");
    }

    private PolledNetatmo account(String refreshToken) {
        return new PolledNetatmo(new NetatmoClient(new NetatmoAccount(emulator.baseUrl(), "app", "secret", refreshToken,
                directory.resolve("netatmo-token")), clock), INTERVAL, true);
    }

    private NetatmoPoller poller() {
        return new NetatmoPoller(new WeatherReadingStore(writer), Runnable::run, clock);
    }
}
