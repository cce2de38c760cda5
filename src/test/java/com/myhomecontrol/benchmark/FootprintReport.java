package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The footprint section of docs/benchmarks.md: what the server costs in memory and start time, and how it is measured. */
record FootprintReport(Instant measuredAt, Duration runTime, Machine machine, List<Figure> figures) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "Footprint benchmark", measuredAt, FootprintBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min, on the time-series benchmark's dataset (built by its first run "
                + "and reused): %s.%n%n", runTime.toSeconds() / 60.0, Dataset.description()));
        ReportSections.machine(md, machine, List.of("JVM options of the server: `liberty/jvm.options`"
                + (System.getProperty("benchmark.jvmArgs", "").isBlank() ? "" : ", then `" + System.getProperty("benchmark.jvmArgs") + "`")));
        ReportSections.figures(md, figures);
        md.append("## How it is measured\n\n")
                .append("- The server of this build on a copy of the dataset, polling the emulated home (its plugs and Netatmo ")
                .append("station, as after the README's run command), without PostgreSQL. Start runs from launching `server start` ")
                .append("to the first 200 from `/health/ready`.\n")
                .append("- At rest: once `/api/health` counts every device polled, ").append(FootprintBenchmark.REST.toSeconds())
                .append(" s more of polling, then VmRSS of the server's JVM. After the ingest: VmRSS right after ")
                .append(String.format(Locale.ROOT, "%,d readings posted in arrays of %,d by %d client threads", FootprintBenchmark.INGEST_READINGS,
                        FootprintBenchmark.INGEST_PER_REQUEST, FootprintBenchmark.INGEST_CLIENTS))
                .append(" (as in the time-series benchmark, whose figure the ingest target is on).\n")
                .append("- Where the memory goes: the JVM's own performance counters (`jcmd <pid> PerfCounter.print`), committed ")
                .append("heap and metaspace; the rest is resident memory outside both.\n")
                .append("- The README's run command: launched from the project folder as a user types it, on the benchmark's ports ")
                .append("with a data folder of its own, timed to the first 200 from `/health/ready`, then stopped as Ctrl+C ")
                .append("stops it; run once untimed before (it may still create the server), then timed.\n")
                .append("- Other JVM settings can be compared with `-Dbenchmark.jvmArgs=\"...\"`, given to the server as `JVM_ARGS`.\n");
        return md.toString();
    }
}
