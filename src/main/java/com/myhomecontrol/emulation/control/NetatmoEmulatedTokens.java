package com.myhomecontrol.emulation.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth2 state of the emulated account: one refresh token valid at a time (each refresh
 * rotates it, as Netatmo does), and the access tokens handed out with their expiry.
 */
class NetatmoEmulatedTokens {

    /** What a refresh gives: the new access token, the rotated refresh token and the lifetime. */
    record Grant(String accessToken, String refreshToken, Duration lifetime) {
    }

    /** The answer to a bearer token: the API's error code 2 (invalid) or 3 (expired), or none. */
    enum Check { VALID, INVALID, EXPIRED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private String refreshToken;
    private int refreshes;

    NetatmoEmulatedTokens(String refreshToken, Duration lifetime, Clock clock) {
        this.refreshToken = refreshToken;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A grant for the current refresh token; any other, a rotated one among them, gets none. */
    synchronized Optional<Grant> refresh(String given) {
        if (!refreshToken.equals(given)) {
            return Optional.empty();
        }
        refreshes++;
        refreshToken = RandomBytes.hex(RANDOM, 16);
        String accessToken = RandomBytes.hex(RANDOM, 16);
        accessTokens.put(accessToken, clock.instant().plus(lifetime));
        return Optional.of(new Grant(accessToken, refreshToken, lifetime));
    }

    synchronized Check check(String accessToken) {
        Instant expiry = accessTokens.get(accessToken);
        if (expiry == null) {
            return Check.INVALID;
        }
        return clock.instant().isBefore(expiry) ? Check.VALID : Check.EXPIRED;
    }

    /** Lets every access token handed out so far expire now, as after a few hours. */
    synchronized void expireAll() {
        Instant now = clock.instant();
        accessTokens.replaceAll((token, expiry) -> now);
    }

    synchronized int refreshes() {
        return refreshes;
    }
}
