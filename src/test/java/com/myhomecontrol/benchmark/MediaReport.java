package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The media section of docs/benchmarks.md. */
record MediaReport(Instant measuredAt, Duration runTime, Machine machine, List<String> postgresFacts, MediaDataset dataset,
                   List<Figure> figures, Map<String, List<String>> plans) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "Media benchmark", measuredAt, MediaBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min. It replaces this section of this file only. It uses the "
                        + "PostgreSQL the tests use (`TestPostgres`: TEST_POSTGRES_HOST and friends, by default 127.0.0.1:5432 user "
                        + "postgres, else an embedded one); the dataset lives in its database `%s` and is reused while complete, so a "
                        + "re-run skips building it (drop that database to rebuild it).%n%n", runTime.toSeconds() / 60.0, MediaDataset.DATABASE));
        ReportSections.machine(md, machine, postgresFacts);
        md.append("## Dataset\n\n")
                .append(MediaDataset.description()).append(".\n\n")
                .append("Made by SQL on the server (`generate_series`) on the schema of the Flyway migration (`SchemaMigrations.MEDIA`): "
                        + "the secondary indexes are dropped for the load and made again from their own definitions, the totals "
                        + "trigger is off for the load and `camera_media_totals` is computed from the rows (checked against them at "
                        + "every run), then VACUUM ANALYZE; ")
                .append(dataset.build().when())
                .append(".\n\n");
        ReportSections.figures(md, figures);
        md.append("## Query plans\n\n")
                .append("`EXPLAIN (ANALYZE, BUFFERS)` of the statements `PostgresMediaReader` runs for one listing of each kind, "
                        + "with its parameters bound, after the timed runs:\n\n");
        plans.forEach((what, plan) -> md.append(what).append(":\n\n```\n").append(String.join("\n", plan)).append("\n```\n\n"));
        appendMethod(md);
        return md.toString();
    }

    private void appendMethod(StringBuilder md) {
        md.append("## How it is measured\n\n")
                .append(String.format(Locale.ROOT, "- Listings: `GET /api/recordings` with `limit=%d&with_ai_analysis=true` and a "
                        + "`camera_id` (a random camera; for a later page also a `cursor` at the recording of that camera just before a "
                        + "random instant of the year), or a `metadata` document naming one of %d licence plates (about 100 recordings "
                        + "each). Every answer holds the page, its AI analyses and the total the filter selects (for a camera from the "
                        + "totals the triggers keep, for a metadata search by a count). %d untimed warm-up listings, then %d timed one "
                        + "after another (fixed seeds); p50 and p95 by nearest rank.%n",
                        MediaListings.LIMIT, MediaDataset.PLATES, MediaListings.WARM_UP, MediaListings.TIMED))
                .append("- In process: `PostgresMediaStore.list` (and `analyses` for the analysis search) in Java SE on one open "
                        + "connection of `PGSimpleDataSource`, as Liberty's pool hands one out; every page is checked (a full page, "
                        + "with analyses). The tables and indexes are read once beforehand (`pg_prewarm`) so that they are in the page "
                        + "cache as a running server's are.\n")
                .append("- HTTP: the war of this build on Open Liberty from its own user folder under `target/benchmark`, on "
                        + "127.0.0.1 and its own ports, with POSTGRES_HOST, POSTGRES_PORT, POSTGRES_DB, POSTGRES_USER and "
                        + "POSTGRES_PASSWORD naming the dataset's database, as the user `viewer`, HTTP/1.1 through the JDK's "
                        + "HttpClient; the warm-up answers are parsed and checked, the timed ones are read whole.\n")
                .append(String.format(Locale.ROOT, "- Journal append: `JournalMediaStore.upsert` into a new journal under "
                        + "`target/benchmark/media`, %,d calls of one recording after %d untimed, and %,d calls of %,d recordings after "
                        + "%d untimed; every call writes one line and fsyncs it before it returns, as when PostgreSQL is away. The "
                        + "recordings are made before the clock starts.%n", MediaBenchmark.APPEND_SINGLE_CALLS, MediaBenchmark.APPEND_SINGLE_WARM_UP,
                        MediaBenchmark.APPEND_BATCH_CALLS, MediaBenchmark.APPEND_BATCH, MediaBenchmark.APPEND_BATCH_WARM_UP))
                .append(String.format(Locale.ROOT, "- Journal replay: a journal of %,d recordings, each as the API journals it (one "
                        + "upsert entry for a posted recording, then one entry with its %d analyses, as the AI service posts them), "
                        + "written in one go; opening it (`JournalMediaStore.open`, which reads every entry into the in-memory index, as "
                        + "at server start) is timed, then `FailoverMediaStore.recover()` into a new, empty database `%s`: the Flyway "
                        + "migration, then the replay in transactions of 500 entries on one open connection, with the totals triggers "
                        + "on, then the journal's archiving. The database then holds every row (checked) and is dropped. Rows are "
                        + "recordings plus analyses.%n", MediaBenchmark.REPLAY_RECORDINGS, MediaSamples.ANALYSES_PER_RECORDING,
                        JournalBenchmark.REPLAY_DATABASE));
    }
}
