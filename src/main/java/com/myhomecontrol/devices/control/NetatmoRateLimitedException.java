package com.myhomecontrol.devices.control;

import java.time.Duration;

/** Netatmo's per-user rate limit was reached; the caller waits at least retryAfter before asking again. */
public class NetatmoRateLimitedException extends NetatmoException {

    private final Duration retryAfter;

    public NetatmoRateLimitedException(String message, Duration retryAfter) {
        super(message + "; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
