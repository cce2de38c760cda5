package com.myhomecontrol.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the server does on its own time, such as a poll on a timer. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Asks {@code probe} until its answer meets {@code condition}, for at most 30 s, and returns that answer. */
    public static <T> T await(Supplier<T> probe, Predicate<T> condition, String expected) {
        return await(probe, condition, expected, PATIENCE);
    }

    /** As {@link #await(Supplier, Predicate, String)}, for at most {@code patience}. */
    public static <T> T await(Supplier<T> probe, Predicate<T> condition, String expected, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        T answer = probe.get();
        while (!condition.test(answer)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Within " + patience.toSeconds() + " s, " + expected + " did not happen; last seen: " + answer);
            }
            pause();
            answer = probe.get();
        }
        return answer;
    }

    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
