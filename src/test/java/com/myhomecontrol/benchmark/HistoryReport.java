package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The history section of docs/benchmarks.md: what charts and the home overview wait for, and how it is measured. */
record HistoryReport(Instant measuredAt, Duration runTime, Machine machine, List<Figure> figures) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        ReportSections.heading(md, "History benchmark", measuredAt, HistoryBenchmark.COMMAND);
        md.append(String.format(Locale.ROOT, "The run took %.1f min, on the time-series benchmark's dataset (built by its first run "
                + "and reused): %s.%n%n", runTime.toSeconds() / 60.0, Dataset.description()));
        ReportSections.machine(md, machine, List.of());
        ReportSections.figures(md, figures);
        md.append("## How it is measured\n\n")
                .append("- Windows, warm-up and percentiles as in the time-series benchmark: ").append(HistoryQueries.WARM_UP)
                .append(" untimed queries, then ").append(HistoryQueries.TIMED).append(" timed, on random plugs at random places ")
                .append("(fixed seeds); every answer is checked to hold its points. The year in daily buckets is longer than the ")
                .append("dataset, so each answer holds its ").append(Dataset.DAYS).append(" days; the query still spans the year.\n")
                .append("- Before the HTTP figures the freshly started server answers ").append(HistoryQueries.SERVER_WARM_UP)
                .append(" untimed 24 h raw queries with every field and as many with `fields=power_w`, on other windows: a home ")
                .append("server has run for days, and its JIT compiles the history's paths only after some hundred answers.\n")
                .append("- In process: `EnergyHistoryQuery` on one open connection, opened as the server opens the store (WAL, ")
                .append("`NOMUTEX`). \"Written as JSON\" is the server's path: the ")
                .append("rows written through Jackson's streaming generator (as the server's JsonStream makes it) as they are read, into a stream that drops the bytes; \"a list of ")
                .append("entities\" is the list the server used to hand to JSON-B.\n")
                .append("- The summary in process is computed as of ").append(ReportSections.MINUTE.format(HistoryBenchmark.SUMMARY_NOW))
                .append(" in Europe/Berlin, so that each plug's month holds a whole month of hourly statistics; over HTTP it runs ")
                .append("as of now, where the dataset's months are past and the month's sums are small.\n")
                .append("- HTTP: the server on a copy of the dataset, as the viewer over HTTP/1.1 with Basic authentication, ")
                .append("one client, or four client threads taking the same windows from one supply, each query timed on its ")
                .append("own. Without gzip the client sends `Accept-Encoding: identity`; the gzip figure includes the client's ")
                .append("decompression. Before the HTTP figures the benchmark posts four weather modules of a day each and ")
                .append(HomeOverview.RECORDINGS).append(" recordings (into the journal: the server runs without PostgreSQL). ")
                .append("The home overview's calls are those of its page (`pages/home.js`), made one after another.\n\n")
                .append("## Where the 24 h raw answer's time goes\n\n")
                .append("Measured by hand on 2026-12-02 on this dataset, one plug's 8,640 rows of 7 columns, p50 in process: ")
                .append("SQLite stepping through the rows without reading a value 1.5 ms; reading the 60,480 values through ")
                .append("sqlite-jdbc's ResultSet another 4.8 ms (two locked native calls a value; 3.5 ms once SQLite's own mutex ")
                .append("was off, which the server now does), through the driver's statement handle directly 2.9 ms, but ")
                .append("Liberty hands out only a proxy of it; writing the JSON about 4 ms, 2.4 ms of it Double.toString; ")
                .append("SQLite formatting the rows as JSON or text itself (json_object, json_group_array, concatenation) ")
                .append("8-11 ms in all, slower than Java. Since then the numbers are written from their thousandths ")
                .append("(`DecimalNumber`, 2026-12-04) and, on 2026-12-07, through Jackson's generator from char buffers instead ")
                .append("of JSON-P's, which made a String of every value and encoded the text again: on the AMD EPYC VM the ")
                .append("24 h answer of every field went from 6.15 to 4.85 ms in process, from 11.30 to 8.38 ms over HTTP and ")
                .append("from 29.66 to 23.42 ms with four clients (p50; see the before and after below). Most of what remains ")
                .append("in process is sqlite-jdbc's two native calls a value.\n");
        return md.toString();
    }
}
