package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The checked parameters of one retention run: how many days each kind of data is kept (counted
 * back from {@code now}), the media size cap in bytes (null: none), and how the run goes.
 */
public record RetentionParameters(TimeseriesStoreRef store, String postgresUrl, Instant now, int rawDays, int fiveMinuteDays,
                                  int recordingsDays, int snapshotsDays, int aiDays, Long maxMediaBytes,
                                  boolean deleteFiles, List<Path> mediaRoots, boolean dryRun, boolean vacuum,
                                  int chunkRows) {

    public RetentionParameters {
        mediaRoots = List.copyOf(mediaRoots);
    }

    /** Epoch seconds before which raw readings go. */
    public long rawCutoff() {
        return cutoff(rawDays).getEpochSecond();
    }

    /** Epoch seconds before which 5-minute statistics go. */
    public long fiveMinuteCutoff() {
        return cutoff(fiveMinuteDays).getEpochSecond();
    }

    public Instant cutoff(RetainedMedia kind) {
        return cutoff(switch (kind) {
            case RECORDING -> recordingsDays;
            case SNAPSHOT -> snapshotsDays;
            case AI_ANALYSIS -> aiDays;
        });
    }

    private Instant cutoff(int days) {
        return now.minus(Duration.ofDays(days));
    }
}
