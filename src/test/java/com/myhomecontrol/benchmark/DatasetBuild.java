package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/** When and how fast a benchmark dataset was built, and whether this run reused it; kept as properties beside the data. */
record DatasetBuild(Duration buildTime, Instant builtAt, boolean reused) {

    static DatasetBuild now(Duration buildTime) {
        return new DatasetBuild(buildTime, Instant.now().truncatedTo(ChronoUnit.SECONDS), false);
    }

    /** The build a record written by {@link #properties} describes, reused by this run. */
    static DatasetBuild reusedFrom(Properties record) {
        return new DatasetBuild(Duration.parse(record.getProperty("buildTime")), Instant.parse(record.getProperty("builtAt")), true);
    }

    Properties properties(String description) {
        Properties record = new Properties();
        record.setProperty("description", description);
        record.setProperty("buildTime", buildTime.toString());
        record.setProperty("builtAt", builtAt.toString());
        return record;
    }

    /** For the report: when the dataset was built. */
    String when() {
        return reused
                ? "on " + ReportSections.MINUTE.format(builtAt) + " (reused in this run; the build time below is from then)"
                : "in this run";
    }
}
