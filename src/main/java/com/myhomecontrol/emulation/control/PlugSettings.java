package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;

/**
 * How an emulated plug behaves: its account, appliance, firmware, whether it closes connections
 * after one request, session length, time zone, clock and source of seeds.
 */
public record PlugSettings(String nickname, TapoCredentials credentials, PowerProfile profile, PlugFirmware firmware,
                           boolean closesConnections, Duration sessionTimeout, ZoneId zone, Clock clock, Random random) {

    /** A plug of current firmware ({@link PlugFirmware#KLAP_EMETER}). */
    public static PlugSettings klap(String nickname, TapoCredentials credentials, PowerProfile profile) {
        PlugFirmware firmware = PlugFirmware.KLAP_EMETER;
        return new PlugSettings(nickname, credentials, profile, firmware, false, firmware.sessionTimeout(), ZoneId.of("UTC"),
                Clock.systemUTC(), new SecureRandom());
    }

    /** Runs {@code firmware}, with its session length (a later {@link #withSessionTimeout} overrides it). */
    public PlugSettings withFirmware(PlugFirmware firmware) {
        return new PlugSettings(nickname, credentials, profile, firmware, closesConnections, firmware.sessionTimeout(), zone, clock,
                random);
    }

    /**
     * Serves one request per TCP connection without saying so: a second request on a connection
     * that already served one is met by closing it unanswered, every time.
     */
    public PlugSettings closingConnections() {
        return new PlugSettings(nickname, credentials, profile, firmware, true, sessionTimeout, zone, clock, random);
    }

    public PlugSettings withSessionTimeout(Duration timeout) {
        return new PlugSettings(nickname, credentials, profile, firmware, closesConnections, timeout, zone, clock, random);
    }

    public PlugSettings withClock(Clock clock, ZoneId zone) {
        return new PlugSettings(nickname, credentials, profile, firmware, closesConnections, sessionTimeout, zone, clock, random);
    }
}
