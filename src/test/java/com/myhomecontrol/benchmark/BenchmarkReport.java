package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md: how the figures were measured, on what, and whether they meet their targets. */
record BenchmarkReport(Instant measuredAt, Duration runTime, Machine machine, Dataset dataset, List<Figure> figures) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "Time-series benchmark", measuredAt, TimeseriesBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min. It writes this file; the dataset is cached under "
                        + "`target/benchmark/dataset` and reused while complete, so a re-run skips building it "
                        + "(delete that folder, or run `mvn clean`, to rebuild it).%n%n", runTime.toSeconds() / 60.0));
        ReportSections.machine(md, machine, List.of());
        appendDataset(md);
        ReportSections.figures(md, figures);
        appendMethod(md);
        return md.toString();
    }

    private void appendDataset(StringBuilder md) {
        md.append("## Dataset\n\n")
                .append(Dataset.description()).append(".\n\n")
                .append("Built through the same group-commit writer and `EnergyReadingStore` as live data, ")
                .append(dataset.build().when())
                .append(".\n\n");
    }

    private void appendMethod(StringBuilder md) {
        md.append("## How it is measured\n\n")
                .append("- SQLite is opened as the server opens it: WAL journal, `synchronous=FULL`, busy timeout 10 s, "
                        + "foreign keys on; the schema comes from the Flyway scripts (`SchemaMigrations`).\n")
                .append(String.format(Locale.ROOT, "- In-process ingest: a fresh database, batches made before the clock starts, handed to "
                        + "`EnergyReadingStore.store` by concurrent threads after an untimed warm-up of %,d readings; "
                        + "one `TimeseriesWriter` (the server's defaults: at most %,d rows per commit) commits whatever "
                        + "has queued up in one transaction.%n", TimeseriesBenchmark.BATCHED_WARM_UP_READINGS, SqliteDatabases.MAX_ROWS_PER_COMMIT))
                .append("- Seed-style baseline, as the issue describes the store being replaced: a fresh database and, for "
                        + "every reading, a connection of its own, one `INSERT OR REPLACE` and one commit (one fsync). The "
                        + "kinder baseline keeps one connection open and still commits every reading on its own.\n")
                .append("- Queries: the dataset file is read once beforehand, so that it is in the page cache as a running "
                        + "server's history is; then windows on random devices at random places in it (fixed seeds), ")
                .append(HistoryQueries.WARM_UP).append(" untimed warm-up queries, then ").append(HistoryQueries.TIMED)
                .append(" timed one after another; p50 and p95 by nearest rank. In process they call `EnergyHistoryQuery` "
                        + "on one open connection, as Liberty's pool hands one out; every answer is checked to hold "
                        + "8,640 raw points or 720 buckets.\n")
                .append(String.format(Locale.ROOT, "- JPA against JDBC, measured side by side: EclipseLink 4.0.9 (Liberty's JPA provider) in Java SE on "
                        + "the server's `timeseries` persistence unit, switched to resource-local transactions on the same open "
                        + "connection, without weaving (Liberty weaves). The 24 h raw query is the JPQL `SELECT r FROM EnergyReading r "
                        + "WHERE r.deviceId = :d AND r.timestamp >= :s AND r.timestamp < :e ORDER BY r.timestamp` with the same limit, "
                        + "windows, warm-up and check as the JDBC figure, one entity manager per query. Ingest writes the same number "
                        + "of readings into a fresh database, transactions of %,d from one thread after %,d untimed readings, once "
                        + "through `EnergyReadingStore` (JDBC batches, with the hourly rollup and device summary) and once by `em.merge` "
                        + "per reading, one entity manager per transaction (EclipseLink reads each key, then inserts one row at a "
                        + "time at commit). Merge is the only JPA write for a reading that may meet a stored key, and it replaces the "
                        + "whole row: it cannot keep stored fields as the COALESCE merge does, and it writes no rollup, so it does "
                        + "less work than the JDBC path it is compared with.%n", TimeseriesBenchmark.BATCH_SIZE, TimeseriesBenchmark.JPA_INGEST_WARM_UP_READINGS))
                .append("- Server: the war of this build on Open Liberty, from its own user folder under `target/benchmark`, "
                        + "on 127.0.0.1 and its own ports, on a copy of the dataset (so ingested readings never enter the "
                        + "cache). Start time runs from launching `server start` to the first 200 from `/health/ready`. "
                        + "HTTP ingest posts JSON arrays made before the clock starts, to plugs not in the dataset, after a "
                        + "warm-up of untimed posts. Memory is VmRSS (and its peak, VmHWM) of the server's JVM after the run.\n");
    }
}
