package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.MutableClock;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.SqliteFiles;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlugPollerTest {

    private static final TapoCredentials CREDENTIALS = new TapoCredentials("Home@Example.com", "s3cret");
    private static final Instant NOW = Instant.parse("2026-11-29T12:30:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(NOW);
    private DataSource dataSource;
    private TimeseriesWriter writer;
    private EmulatedPlug plug;

    @BeforeEach
    void open() {
        dataSource = SqliteFiles.migrated(directory);
        writer = SqliteFiles.writer(dataSource);
        plug = EmulatedPlug.start(PlugSettings.klap("aircon", CREDENTIALS, PowerProfiles.AIR_CONDITIONER)
                .withClock(clock, ZoneId.of("UTC")), 0);
    }

    @AfterEach
    void close() {
        plug.close();
        writer.close();
    }

    @Test
    void aPollIsStoredAsAnEnergyReadingAndTheDeviceIsOnline() {
        PolledPlug polled = polled(CREDENTIALS);

        DeviceStatus status = poller(Runnable::run).pollNow(polled);

        assertEquals("online", status.status());
        assertEquals("klap", status.protocol());
        assertEquals(NOW, status.lastSuccess());
        assertEquals(1, status.readingsStored());
        List<Double> row = SqliteFiles.doubles(dataSource,
                "SELECT power_w, voltage_v, power_state, timestamp FROM energy_timeseries WHERE device_id = 'aircon'");
        assertEquals(PowerProfiles.AIR_CONDITIONER.watts(NOW), row.get(0), 0.001);
        assertEquals(230.0, row.get(1), 3.0);
        assertEquals(1.0, row.get(2));
        assertEquals(NOW.getEpochSecond(), row.get(3).longValue());
    }

    @Test
    void refusedCredentialsBackOffDoublingWithoutAskingThePlugMeanwhile() {
        PolledPlug polled = polled(new TapoCredentials("Home@Example.com", "wrong"));
        PlugPoller poller = poller(Runnable::run);

        poller.pollInBackground(polled);
        assertEquals("auth_failed", polled.status().status());
        assertNotNull(polled.status().lastError());
        poller.pollInBackground(polled);
        assertEquals(1, plug.handshakes());

        clock.advance(INTERVAL);
        poller.pollInBackground(polled);
        assertEquals(2, plug.handshakes());
        clock.advance(INTERVAL);
        poller.pollInBackground(polled);
        assertEquals(2, plug.handshakes(), "the second refusal backs off two intervals");
        clock.advance(INTERVAL);
        poller.pollInBackground(polled);
        assertEquals(3, plug.handshakes());
    }

    @Test
    void anUnreachablePlugIsOffline() {
        PolledPlug polled = polled(CREDENTIALS);
        plug.close();

        DeviceStatus status = poller(Runnable::run).pollNow(polled);

        assertEquals("offline", status.status());
        assertNotNull(status.lastError());
        assertEquals(0, status.readingsStored());
    }

    @Test
    void aPlugStillBeingPolledIsSkippedNotQueued() {
        PolledPlug polled = polled(CREDENTIALS);
        List<Runnable> handedOn = new ArrayList<>();
        PlugPoller poller = poller(handedOn::add);

        poller.pollInBackground(polled);
        poller.pollInBackground(polled);

        assertEquals(1, handedOn.size());
        assertFalse(polled.state().tryBegin(), "the handed-on poll holds the plug");
        handedOn.get(0).run();
        assertTrue(polled.state().tryBegin(), "it gives the plug back when done");
    }

    @Test
    void aPollAnotherServerClaimedIsNotMadeAndThePlugIsFreeForTheNext() {
        PolledPlug polled = polled(CREDENTIALS);
        PlugPoller poller = poller(Runnable::run);
        List<Boolean> claims = new ArrayList<>(List.of(false, true, true));
        List<Boolean> firsts = new ArrayList<>();
        poller.claims = (device, first) -> {
            firsts.add(first);
            return claims.remove(0);
        };

        poller.pollInBackground(polled);
        assertEquals(0, plug.handshakes(), "the other server polls in this interval");
        assertEquals(0, polled.status().readingsStored());

        poller.pollInBackground(polled);
        assertEquals(1, polled.status().readingsStored(), "the next claim was this server's");
        clock.advance(INTERVAL);
        poller.pollInBackground(polled);
        assertEquals(List.of(true, true, false), firsts, "a claim is this server's first poll until it has polled");
    }

    @Test
    void theWholeHoursAPlugWasNotReadAreBackfilledFromItsHourlyEnergy() {
        PolledPlug polled = polled(CREDENTIALS);
        PlugPoller poller = poller(Runnable::run);
        poller.pollNow(polled);

        clock.advance(Duration.ofHours(4).plusMinutes(50));
        DeviceStatus status = poller.pollNow(polled);

        assertEquals(1 + 4 * 5 + 1, status.readingsStored(), "13:00 to 17:00, five readings an hour, and the two polls");
        for (Instant hour = Instant.parse("2026-11-29T13:00:00Z"); hour.isBefore(Instant.parse("2026-11-29T17:00:00Z")); hour = hour.plus(Duration.ofHours(1))) {
            double plugKwh = polled.client().hourlyEnergy(hour, hour.plus(Duration.ofHours(1))).get(0).energyKwh();
            double storedKwh = SqliteFiles.doubles(dataSource, "SELECT energy_kwh FROM energy_hourly WHERE device_id = 'aircon' AND hour_start = "
                    + hour.getEpochSecond()).get(0);
            assertTrue(plugKwh > 0, "the air conditioner ran at " + hour);
            assertEquals(plugKwh, storedKwh, plugKwh / 1000, "the energy of the hour from " + hour);
        }
    }

    @Test
    void theHoursAnotherServerPolledThePlugAreNotBackfilled() {
        PolledPlug polled = polled(CREDENTIALS);
        PlugPoller poller = poller(Runnable::run);
        poller.pollNow(polled);
        clock.advance(Duration.ofHours(4).plusMinutes(50));
        new EnergyReadingStore(writer).store(List.of(new EnergyReading("aircon", clock.instant().minusSeconds(60).getEpochSecond(),
                500.0, null, null, 1.0, 10.0, true)));

        DeviceStatus status = poller.pollNow(polled);

        assertEquals(2, status.readingsStored(), "the two polls, no hour backfilled: the other server's reading is a minute old");
    }

    @Test
    void afterARestartTheGapIsMeasuredFromTheNewestStoredReading() {
        new EnergyReadingStore(writer).store(List.of(new EnergyReading("aircon", NOW.minus(Duration.ofHours(3)).getEpochSecond(),
                500.0, null, null, 1.0, 10.0, true)));

        DeviceStatus status = poller(Runnable::run).pollNow(polled(CREDENTIALS));

        assertEquals(2 * 5 + 1, status.readingsStored(), "10:00 and 11:00 were missed; 12:00 holds the poll");
        assertEquals(0, SqliteFiles.longValue(dataSource,
                "SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'aircon' AND timestamp >= " + NOW.minus(Duration.ofMinutes(30)).getEpochSecond()
                        + " AND timestamp < " + NOW.getEpochSecond()), "the hour of the poll is not backfilled");
    }

    @Test
    void aPlugReadEveryIntervalIsNeverBackfilled() {
        PolledPlug polled = polled(CREDENTIALS);
        PlugPoller poller = poller(Runnable::run);
        for (int poll = 0; poll < 30; poll++) {
            poller.pollNow(polled);
            clock.advance(Duration.ofMinutes(5));
        }

        assertEquals(30, polled.status().readingsStored(), "two and a half hours, read every five minutes");
    }

    /** The failure users met: a plug whose get_emeter_data answers -40210 was never read. */
    @Test
    void aPlugRefusingEmeterDataIsDegradedAndItsPowerIsStoredAtEveryPollWithTheProblemLoggedOnce() {
        withPlug(PlugFirmware.KLAP_NO_EMETER);
        List<LogRecord> warnings = new ArrayList<>();
        Handler handler = capture(warnings);
        try {
            PolledPlug polled = polled(CREDENTIALS);
            PlugPoller poller = poller(Runnable::run);
            for (int poll = 0; poll < 3; poll++) {
                poller.pollNow(polled);
                clock.advance(Duration.ofMinutes(1));
            }

            DeviceStatus status = polled.status();
            assertEquals("degraded", status.status());
            assertEquals(List.of("voltage_v, current_a: get_emeter_data error_code -40210"), status.problems());
            assertEquals(3, status.readingsStored());
            assertEquals(3, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM energy_timeseries WHERE device_id = 'aircon'"
                    + " AND power_w > 0 AND daily_energy_kwh IS NOT NULL AND voltage_v IS NULL AND current_a IS NULL"));
            assertEquals(1, warnings.stream().filter(w -> w.getMessage().contains("-40210")).count(),
                    "logged once, not at every poll: " + warnings.stream().map(LogRecord::getMessage).toList());
        } finally {
            Logger.getLogger(PlugPoller.class.getName()).removeHandler(handler);
        }
    }

    @Test
    void aPlugThatCannotGiveItsHourlyEnergyIsReadWithoutBackfillAndSaysSoOnce() {
        withPlug(PlugFirmware.KLAP_NO_ENERGY_DATA);
        PolledPlug polled = polled(CREDENTIALS);
        PlugPoller poller = poller(Runnable::run);
        poller.pollNow(polled);

        for (int outage = 0; outage < 2; outage++) {
            clock.advance(Duration.ofHours(5));
            DeviceStatus status = poller.pollNow(polled);

            assertEquals("degraded", status.status());
            assertEquals(List.of("hourly_backfill: get_energy_data error_code -40210"), status.problems());
        }
        assertEquals(3, polled.status().readingsStored(), "each poll's reading, no backfilled hours");
        assertEquals(1, plug.calls("get_energy_data"), "refused once, not asked again in the session");
    }

    @Test
    void aPlugAnsweringThePowerWithAnErrorIsInErrorAndNothingIsStored() {
        withPlug(PlugFirmware.ENERGY_USAGE_ERROR);

        DeviceStatus status = poller(Runnable::run).pollNow(polled(CREDENTIALS));

        assertEquals("error", status.status());
        assertTrue(status.lastError().contains("-1301"), status.lastError());
        assertEquals(0, status.readingsStored());
        assertEquals(0, SqliteFiles.longValue(dataSource, "SELECT COUNT(*) FROM energy_timeseries"));
    }

    @Test
    void aPlugDescribesItselfInItsStatus() {
        DeviceStatus status = poller(Runnable::run).pollNow(polled(CREDENTIALS));

        assertNotNull(status.model());
        assertNotNull(status.firmwareVersion());
        assertEquals("aircon", status.nickname());
        assertTrue(status.measures().contains("voltage_v"), status.toString());
        assertFalse(status.components().isEmpty());
    }

    private void withPlug(PlugFirmware firmware) {
        plug.close();
        plug = EmulatedPlug.start(PlugSettings.klap("aircon", CREDENTIALS, PowerProfiles.AIR_CONDITIONER)
                .withClock(clock, ZoneId.of("UTC")).withFirmware(firmware), 0);
    }

    private static Handler capture(List<LogRecord> warnings) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(PlugPoller.class.getName()).addHandler(handler);
        return handler;
    }

    private PolledPlug polled(TapoCredentials credentials) {
        return new PolledPlug("aircon", new TapoPlugClient(plug.host(), credentials, clock, new SecureRandom()), INTERVAL, true);
    }

    private PlugPoller poller(Executor executor) {
        return new PlugPoller(new EnergyReadingStore(writer), executor, clock);
    }
}
