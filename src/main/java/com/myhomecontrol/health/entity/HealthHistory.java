package com.myhomecontrol.health.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.List;

/** The figures that change, sampled every {@code intervalSeconds} since the server started, oldest first. */
@JsonbPropertyOrder({"intervalSeconds", "samples"})
public record HealthHistory(long intervalSeconds, List<Sample> samples) {

    /** ingest_per_second: readings committed per second since the sample before. */
    @JsonbPropertyOrder({"timestamp", "ingestPerSecond", "diskFreeBytes", "memoryUsedMb", "cpuPercent"})
    public record Sample(Instant timestamp, double ingestPerSecond, long diskFreeBytes, long memoryUsedMb, double cpuPercent) {
    }
}
