package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The maintenance benchmark's section of docs/benchmarks.md. */
record MaintenanceReport(Instant measuredAt, Duration runTime, Machine machine, List<Figure> figures) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "Maintenance jobs benchmark", measuredAt, MaintenanceBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min.%n%n", runTime.toSeconds() / 60.0));
        ReportSections.machine(md, machine, List.of("The jobs, the live writer and the readings' generator share the JVM "
                + "and its two cores, as the server and its jobs do"));
        ReportSections.figures(md, figures);
        md.append(String.format(Locale.ROOT, """
                ## How it is measured

                - The store is a copy of the time-series benchmark's dataset (%,d readings of %d plugs over %d days,
                  built through the server's writer), migrated to the current schema.
                - The jobs run from their job XML in `batch-jobs/` under JBeret SE, as the offline command runs
                  them; inside Liberty the same artifacts run in Liberty's batch runtime.
                - Live readings: %,d readings a second, in writes of %,d, through `EnergyReadingStore` and the
                  group-commit `TimeseriesWriter` the server uses, paced by a clock, on their own connection to the
                  store. A write's wait is from handing it to the writer until its commit is on disk (synchronous
                  FULL); the longest and the 99th percentile over the writes made while the job ran are reported.
                - Backup: the whole `backup` job (a `VACUUM INTO` copy, the manifest with checksums, verification
                  with `PRAGMA integrity_check`, rotation), journal mode (no PostgreSQL), no devices or token file.
                - Restore: the `restore` job with `parts=timeseries` of that set into a new path (verification of
                  the set again, copy to a temporary file, fsync, sha256, rename).
                - Retention: the raw readings of the first %d days of the dataset, marked as rolled up (the
                  `rollup_marks`), deleted by the `retention` job in its paced, checkpointed chunks.
                - Rollup: a store of its own, %d plugs read every %d s for %d days, built through the server's writer
                  (which keeps `energy_hourly` live), then the `rollup` job's first run from the raw readings: every
                  closed 5-minute bucket and hour of every plug.
                """, Dataset.readings(), Dataset.PLUGS, Dataset.DAYS, MaintenanceBenchmark.LIVE_READINGS_PER_SECOND,
                MaintenanceBenchmark.LIVE_BATCH, MaintenanceBenchmark.RETAINED_DAYS_OF_DATASET,
                MaintenanceBenchmark.ROLLUP_PLUGS, MaintenanceBenchmark.ROLLUP_INTERVAL_SECONDS, MaintenanceBenchmark.ROLLUP_DAYS));
        return md.toString();
    }
}
