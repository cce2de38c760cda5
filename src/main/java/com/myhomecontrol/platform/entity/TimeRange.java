package com.myhomecontrol.platform.entity;

import java.time.Instant;

/** A half-open interval [start, end) of history, in whole seconds. */
public record TimeRange(Instant start, Instant end) {

    public long startSecond() {
        return start.getEpochSecond();
    }

    public long endSecond() {
        return end.getEpochSecond();
    }

    /** The range widened to whole buckets, so that the first and last bucket are complete. */
    public TimeRange alignedTo(Bucket bucket) {
        if (bucket == Bucket.RAW) {
            return this;
        }
        long size = bucket.seconds();
        return new TimeRange(Instant.ofEpochSecond(Math.floorDiv(startSecond(), size) * size),
                Instant.ofEpochSecond(-Math.floorDiv(-endSecond(), size) * size));
    }
}
