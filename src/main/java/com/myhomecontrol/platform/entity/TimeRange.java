package com.myhomecontrol.platform.entity;

import java.time.Instant;

/** A half-open interval [start, end) of history. */
public record TimeRange(Instant start, Instant end) {

    public long startSecond() {
        return start.getEpochSecond();
    }

    public long endSecond() {
        return end.getEpochSecond();
    }
}
