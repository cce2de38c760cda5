package com.myhomecontrol.health.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The platform's figures now, the status they make and the problems behind it, for a health dashboard. */
@JsonbPropertyOrder({"status", "timestamp", "system", "databases", "devices", "jobs", "issues"})
public record Health(String status, Instant timestamp, SystemFigures system, Databases databases, Devices devices,
                     Map<String, Job> jobs, List<String> issues) {

    public static final String HEALTHY = "healthy";
    public static final String WARNING = "warning";
    public static final String CRITICAL = "critical";

    @JsonbPropertyOrder({"cpuPercent", "memory", "disk", "uptimeSeconds", "version"})
    public record SystemFigures(double cpuPercent, Memory memory, Disk disk, long uptimeSeconds, String version) {
    }

    /** The Java heap. */
    @JsonbPropertyOrder({"usedMb", "maxMb"})
    public record Memory(long usedMb, long maxMb) {
    }

    /** The file system of the data folder. */
    @JsonbPropertyOrder({"path", "freeBytes", "totalBytes"})
    public record Disk(String path, long freeBytes, long totalBytes) {
    }

    @JsonbPropertyOrder({"timeseries", "postgres", "journal"})
    public record Databases(Timeseries timeseries, Postgres postgres, Journal journal) {
    }

    /**
     * status "ok" or "failing"; store sqlite or postgresql, path its file or database; readings from the
     * series summaries, null (as the sizes) when they cannot be read.
     */
    @JsonbPropertyOrder({"status", "store", "path", "sizeBytes", "sizeMb", "walSizeBytes", "readings", "lastWrite"})
    public record Timeseries(String status, String store, String path, Long sizeBytes, Double sizeMb, Long walSizeBytes, Long readings,
                             Instant lastWrite) {

        public static final String OK = "ok";
        public static final String FAILING = "failing";
    }

    /** status reachable, unreachable or not_configured; the pool figures are null without PostgreSQL. */
    @JsonbPropertyOrder({"status", "host", "poolInUse", "poolSize"})
    public record Postgres(String status, String host, Integer poolInUse, Integer poolSize) {

        public static final String REACHABLE = "reachable";
        public static final String UNREACHABLE = "unreachable";
        public static final String NOT_CONFIGURED = "not_configured";
    }

    /** active: media writes go to the journal; pending: entries waiting to be replayed into PostgreSQL. */
    @JsonbPropertyOrder({"active", "pending"})
    public record Journal(boolean active, long pending) {
    }

    /** offline counts every device whose last poll stored nothing; pending devices count in total only. */
    @JsonbPropertyOrder({"total", "online", "degraded", "offline"})
    public record Devices(int total, int online, int degraded, int offline) {
    }

    /** The newest run of a job: when it started and its batch status; both null if it never ran. */
    @JsonbPropertyOrder({"lastRun", "status"})
    public record Job(Instant lastRun, String status) {
    }
}
