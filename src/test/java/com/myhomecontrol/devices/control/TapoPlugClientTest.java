package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.devices.entity.PlugReading;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.MutableClock;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TapoPlugClientTest {

    private static final TapoCredentials CREDENTIALS = new TapoCredentials("Home@Example.com", "s3cret");
    private static final Instant NOW = Instant.parse("2026-11-29T12:30:00Z");

    private final MutableClock plugClock = new MutableClock(NOW);
    private final MutableClock clientClock = new MutableClock(NOW);
    private EmulatedPlug plug;

    @AfterEach
    void stop() {
        plug.close();
    }

    @Test
    void klapPollReusesTheSessionAndConvertsUnits() {
        plug = start(settings());
        TapoPlugClient client = client(CREDENTIALS, clientClock);

        PlugReading first = client.poll().reading();
        PlugReading second = client.poll().reading();

        assertEquals("klap", client.protocol());
        assertEquals(1, plug.handshakes());
        assertEquals(NOW, first.polledAt());
        assertTrue(first.on());
        assertEquals(PowerProfiles.FRIDGE.watts(NOW), first.powerW(), 0.001);
        assertEquals(first.dailyEnergyKwh(), second.dailyEnergyKwh());
        assertTrue(first.monthlyEnergyKwh() > first.dailyEnergyKwh());
        assertEquals(230.0, first.voltageV(), 3.0);
        assertEquals(first.powerW() / first.voltageV(), first.currentA(), 0.001);
    }

    @Test
    void negativeSequenceNumbersAreSentAsSuch() {
        plug = start(settings());
        for (int seed = 0; seed < 64 && !(plug.lastSequence() != null && plug.lastSequence() < 0); seed++) {
            client(CREDENTIALS, new Random(seed)).deviceInfo();
        }
        assertTrue(plug.lastSequence() < 0, "some seeds derive a negative sequence");
    }

    @Test
    void wrongCredentialsFailInHandshake1WithoutRetrying() {
        plug = start(settings());
        TapoPlugClient client = client(new TapoCredentials("Home@Example.com", "wrong"), clientClock);

        assertThrows(TapoAuthFailedException.class, client::poll);
        assertEquals(1, plug.handshakes());
        assertThrows(TapoAuthFailedException.class, client::poll);
        assertEquals(2, plug.handshakes());
    }

    @Test
    void competingHandshakeMakesTheClientHandshakeAgainOnce() {
        plug = start(settings());
        TapoPlugClient first = client(CREDENTIALS, clientClock);
        TapoPlugClient second = client(CREDENTIALS, clientClock);

        first.deviceInfo();
        second.deviceInfo();
        first.deviceInfo();

        assertEquals(3, plug.handshakes());
    }

    /** The client's clock stands still, so only the plug's answer (403, or 9999) can tell it the session expired. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sessionThePlugExpiredIsOpenedAgain(boolean securePassthrough) {
        PlugSettings firmware = securePassthrough ? settings().withFirmware(PlugFirmware.PASSTHROUGH_OLD) : settings();
        plug = start(firmware.withSessionTimeout(Duration.ofHours(1)));
        TapoPlugClient client = client(CREDENTIALS, Clock.fixed(NOW, ZoneId.of("UTC")));

        client.deviceInfo();
        plugClock.advance(Duration.ofHours(2));
        client.deviceInfo();

        assertEquals(2, plug.handshakes());
    }

    @Test
    void sessionIsRenewedBeforeItExpires() {
        plug = start(settings().withSessionTimeout(Duration.ofHours(1)));
        TapoPlugClient client = client(CREDENTIALS, plugClock);

        client.deviceInfo();
        plugClock.advance(Duration.ofMinutes(39));
        client.deviceInfo();
        assertEquals(1, plug.handshakes());
        plugClock.advance(Duration.ofMinutes(2));
        client.deviceInfo();
        assertEquals(2, plug.handshakes());
    }

    @Test
    void olderFirmwareIsReadThroughSecurePassthrough() {
        plug = start(settings().withFirmware(PlugFirmware.PASSTHROUGH_OLD));
        TapoPlugClient client = client(CREDENTIALS, plugClock);

        PlugReading reading = client.poll().reading();
        client.poll();

        assertEquals("securePassthrough", client.protocol());
        assertEquals(1, plug.handshakes());
        assertTrue(reading.on());
        assertTrue(reading.powerW() > 0);
        assertNull(reading.voltageV(), "firmware this old has no get_emeter_data");
    }

    @Test
    void securePassthroughLoginWithWrongPasswordFails() {
        plug = start(settings().withFirmware(PlugFirmware.PASSTHROUGH_OLD));
        TapoPlugClient client = client(new TapoCredentials("Home@Example.com", "wrong"), plugClock);

        assertThrows(TapoAuthFailedException.class, client::deviceInfo);
        assertEquals(1, plug.handshakes());
    }

    @Test
    void withoutEmeterVoltageAndCurrentStayUnknown() {
        plug = start(settings().withFirmware(PlugFirmware.KLAP_NO_COMPONENT_NEGO));
        PlugReading reading = client(CREDENTIALS, plugClock).poll().reading();

        assertNull(reading.voltageV());
        assertNull(reading.currentA());
        assertTrue(reading.powerW() > 0);
    }

    @Test
    void hourlyEnergyOfTodayAddsUpToTheDailyCounter() {
        plug = start(settings());
        TapoPlugClient client = client(CREDENTIALS, plugClock);

        PlugReading reading = client.poll().reading();
        List<HourlyEnergy> hours = client.hourlyEnergy(Instant.parse("2026-11-29T00:00:00Z"), NOW);

        assertEquals(13, hours.size());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), hours.get(12).start());
        assertEquals(reading.dailyEnergyKwh(), hours.stream().mapToDouble(HourlyEnergy::energyKwh).sum(), 1e-9);
    }

    @Test
    void backfillBeyondEightDaysIsAskedInSpans() {
        plug = start(settings());
        List<HourlyEnergy> hours = client(CREDENTIALS, plugClock).hourlyEnergy(NOW.minus(Duration.ofDays(10)), NOW);

        assertEquals(10 * 24 + 1, hours.size());
        for (int i = 1; i < hours.size(); i++) {
            assertEquals(hours.get(i - 1).start().plus(Duration.ofHours(1)), hours.get(i).start());
        }
    }

    private PlugSettings settings() {
        return PlugSettings.klap("fridge", CREDENTIALS, PowerProfiles.FRIDGE).withClock(plugClock, ZoneId.of("UTC"));
    }

    private static EmulatedPlug start(PlugSettings settings) {
        return EmulatedPlug.start(settings, 0);
    }

    private TapoPlugClient client(TapoCredentials credentials, Clock clock) {
        return new TapoPlugClient(plug.host(), credentials, clock, new SecureRandom());
    }

    private TapoPlugClient client(TapoCredentials credentials, Random seeds) {
        return new TapoPlugClient(plug.host(), credentials, clientClock, seeds);
    }
}
