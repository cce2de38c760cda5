package com.myhomecontrol.emulation.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** A sliding window of requests: at most so many within the window, as Netatmo counts per user. */
class NetatmoRateLimit {

    private final int requests;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    NetatmoRateLimit(int requests, Duration window, Clock clock) {
        this.requests = requests;
        this.window = window;
        this.clock = clock;
    }

    synchronized boolean allow() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= requests) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
