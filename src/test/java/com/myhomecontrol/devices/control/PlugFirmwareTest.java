package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugComponent;
import com.myhomecontrol.devices.entity.PlugPoll;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.MutableClock;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against each firmware a user may own: what it asks, in how many round trips, and what it reads. */
class PlugFirmwareTest {

    private static final TapoCredentials CREDENTIALS = new TapoCredentials("Home@Example.com", "s3cret");
    private static final Instant NOW = Instant.parse("2026-11-29T12:30:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private EmulatedPlug plug;

    @AfterEach
    void stop() {
        plug.close();
    }

    @Test
    void currentKlapFirmwareIsPolledInOneRoundTripWithVoltageAndDescribesItself() {
        TapoPlugClient client = client(start(settings(PlugFirmware.KLAP_EMETER)));
        client.poll();

        int before = plug.requests();
        PlugPoll poll = client.poll();

        assertEquals(1, plug.requests() - before, "one multipleRequest a poll");
        assertEquals(1, plug.calls("component_nego"), "asked once per session");
        assertEquals(List.of(), poll.problems());
        assertEquals(230.0, poll.reading().voltageV(), 3.0);
        assertTrue(poll.reading().powerW() > 0);
        assertEquals(Boolean.TRUE, poll.reading().on());
        assertNotNull(poll.description().model());
        assertNotNull(poll.description().firmwareVersion());
        assertNotNull(poll.description().hardwareVersion());
        assertNotNull(poll.description().mac());
        assertEquals("fridge", poll.description().nickname(), "decoded from base64");
        assertTrue(poll.description().components().contains(new PlugComponent("energy_monitoring", 2)), poll.description().toString());
        assertTrue(poll.description().measures().containsAll(List.of("power_w", "voltage_v", "current_a", "power_state")));
    }

    /** The failure users met: one optional method's error code cost them every reading of the plug. */
    @Test
    void aPlugRefusingEmeterDataIsReadWithoutVoltageAndNotAskedForItAgain() {
        TapoPlugClient client = client(start(settings(PlugFirmware.KLAP_NO_EMETER)));

        PlugPoll first = client.poll();
        PlugPoll second = client.poll();

        for (PlugPoll poll : List.of(first, second)) {
            assertTrue(poll.reading().powerW() > 0);
            assertNotNull(poll.reading().dailyEnergyKwh());
            assertNull(poll.reading().voltageV());
            assertNull(poll.reading().currentA());
            assertEquals(List.of("voltage_v, current_a: get_emeter_data error_code -40210"), poll.problems());
        }
        assertEquals(1, plug.calls("get_emeter_data"), "remembered for the session");
        assertTrue(second.description().measures().contains("power_w"));
        assertTrue(!second.description().measures().contains("voltage_v"), second.description().toString());
    }

    @Test
    void firmwareWithoutComponentNegoIsReadAsBefore() {
        TapoPlugClient client = client(start(settings(PlugFirmware.KLAP_NO_COMPONENT_NEGO)));

        PlugPoll poll = client.poll();
        client.poll();

        assertNull(poll.description().components(), "the firmware lists none");
        assertTrue(poll.reading().powerW() > 0);
        assertNotNull(poll.reading().monthlyEnergyKwh());
        assertNull(poll.reading().voltageV(), "it has no get_emeter_data");
        assertEquals(List.of(), poll.problems(), "a method the firmware does not have is no problem");
        assertEquals(1, plug.calls("component_nego"));
        assertEquals(1, plug.calls("get_emeter_data"));
        assertEquals(0, plug.calls("get_current_power"), "asked only where energy_monitoring says version 2");
    }

    @Test
    void oldSecurePassthroughFirmwareRefusingMultipleRequestIsAskedOneMethodAtATime() {
        TapoPlugClient client = client(start(settings(PlugFirmware.PASSTHROUGH_OLD)));
        PlugPoll first = client.poll();

        int before = plug.requests();
        PlugPoll second = client.poll();

        assertEquals("securePassthrough", client.protocol());
        assertEquals(1, plug.calls("multipleRequest"), "refused once, not tried again in the session");
        assertEquals(2, plug.requests() - before, "get_energy_usage and get_device_info; get_emeter_data was refused");
        assertEquals(0, plug.calls("get_current_power"), "energy_monitoring version 1 has none");
        assertEquals(List.of(), second.problems());
        assertTrue(first.reading().powerW() > 0);
        assertNull(first.reading().voltageV());
    }

    @Test
    void aPlugAnsweringEnergyUsageWithAnErrorGivesNoReading() {
        TapoPlugClient client = client(start(settings(PlugFirmware.ENERGY_USAGE_ERROR)));

        TapoErrorCodeException failure = assertThrows(TapoErrorCodeException.class, client::poll);

        assertEquals(-1301, failure.errorCode());
        assertTrue(failure.getMessage().contains("get_energy_usage"), failure.getMessage());
    }

    @Test
    void aPlugThatClosesEveryConnectionAfterAnsweringIsReadEveryTime() {
        TapoPlugClient client = client(start(settings(PlugFirmware.KLAP_EMETER).closingConnections()));

        for (int poll = 0; poll < 10; poll++) {
            assertTrue(client.poll().reading().powerW() > 0);
        }

        assertTrue(plug.connectionsClosedUnanswered() > 0, "the client did reuse connections the plug had closed");
        assertEquals(1, plug.handshakes(), "a resent request keeps the session");
    }

    @Test
    void aNewSessionAsksThePlugAgainWhatItHas() {
        TapoPlugClient client = client(start(settings(PlugFirmware.KLAP_EMETER).withSessionTimeout(Duration.ofHours(1))));

        client.poll();
        clock.advance(Duration.ofHours(2));
        client.poll();

        assertEquals(2, plug.handshakes());
        assertEquals(2, plug.calls("component_nego"));
    }

    private PlugSettings settings(PlugFirmware firmware) {
        return PlugSettings.klap("fridge", CREDENTIALS, PowerProfiles.FRIDGE).withClock(clock, ZoneId.of("UTC")).withFirmware(firmware);
    }

    private EmulatedPlug start(PlugSettings settings) {
        plug = EmulatedPlug.start(settings, 0);
        return plug;
    }

    private TapoPlugClient client(EmulatedPlug started) {
        return new TapoPlugClient(started.host(), CREDENTIALS, clock, new SecureRandom());
    }
}
