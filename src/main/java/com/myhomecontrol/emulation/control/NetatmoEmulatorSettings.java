package com.myhomecontrol.emulation.control;

import java.time.Clock;
import java.time.Duration;

/**
 * The emulated Netatmo account: the app's credentials, the refresh token it starts with, how long
 * access tokens live, and the rate limit (requests to /api per window; Netatmo's is 50 in 10 s).
 */
public record NetatmoEmulatorSettings(String clientId, String clientSecret, String refreshToken,
                                      Duration accessTokenLifetime, int rateLimitRequests, Duration rateLimitWindow,
                                      Clock clock) {

    public static NetatmoEmulatorSettings of(String clientId, String clientSecret, String refreshToken) {
        return new NetatmoEmulatorSettings(clientId, clientSecret, refreshToken, Duration.ofHours(3), 50,
                Duration.ofSeconds(10), Clock.systemUTC());
    }

    public NetatmoEmulatorSettings withRateLimit(int requests, Duration window) {
        return new NetatmoEmulatorSettings(clientId, clientSecret, refreshToken, accessTokenLifetime, requests, window, clock);
    }

    public NetatmoEmulatorSettings withClock(Clock clock) {
        return new NetatmoEmulatorSettings(clientId, clientSecret, refreshToken, accessTokenLifetime, rateLimitRequests,
                rateLimitWindow, clock);
    }
}
