package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;

/**
 * How an emulated plug behaves: its account, appliance, firmware (KLAP or securePassthrough,
 * with or without emeter), session length, time zone, clock and source of seeds.
 */
public record PlugSettings(String nickname, TapoCredentials credentials, PowerProfile profile, boolean securePassthrough,
                           boolean emeter, Duration sessionTimeout, ZoneId zone, Clock clock, Random random) {

    public static PlugSettings klap(String nickname, TapoCredentials credentials, PowerProfile profile) {
        return new PlugSettings(nickname, credentials, profile, false, true, Duration.ofSeconds(86400), ZoneId.of("UTC"),
                Clock.systemUTC(), new SecureRandom());
    }

    /** Older firmware, whose sessions last 1440 s. */
    public PlugSettings withSecurePassthrough() {
        return new PlugSettings(nickname, credentials, profile, true, emeter, Duration.ofSeconds(1440), zone, clock, random);
    }

    public PlugSettings withoutEmeter() {
        return new PlugSettings(nickname, credentials, profile, securePassthrough, false, sessionTimeout, zone, clock, random);
    }

    public PlugSettings withSessionTimeout(Duration timeout) {
        return new PlugSettings(nickname, credentials, profile, securePassthrough, emeter, timeout, zone, clock, random);
    }

    public PlugSettings withClock(Clock clock, ZoneId zone) {
        return new PlugSettings(nickname, credentials, profile, securePassthrough, emeter, sessionTimeout, zone, clock, random);
    }
}
