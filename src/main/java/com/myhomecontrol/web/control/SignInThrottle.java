package com.myhomecontrol.web.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing through the sign-in form: after {@link #MOST_FAILURES} wrong
 * passwords from one address within {@link #WINDOW}, that address is refused until the oldest of
 * them leaves the window.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MOST_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MOST_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before it may try again, if it must. */
    public Optional<Duration> wait(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() < MOST_FAILURES ? Optional.empty()
                    : Optional.of(Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
        }
    }

    public void failed(String address) {
        if (failures.size() >= MOST_ADDRESSES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
