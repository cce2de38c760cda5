package com.myhomecontrol.benchmark;

import java.time.Duration;

/** How many readings were stored in how long. */
record Throughput(long readings, Duration elapsed) {

    double perSecond() {
        return readings / (elapsed.toNanos() / 1e9);
    }
}
