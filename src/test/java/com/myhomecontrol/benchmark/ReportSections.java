package com.myhomecontrol.benchmark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The parts every benchmark's section of docs/benchmarks.md has: the machine, and the figures against their targets. */
final class ReportSections {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportSections() {
    }

    /** The title, when, and the one command that measured it. */
    static void heading(StringBuilder md, String title, Instant measuredAt, String command) {
        md.append("# ").append(title).append("\n\n")
                .append("Measured on ").append(MINUTE.format(measuredAt)).append(" by one command, from the project folder:\n\n")
                .append("```\n").append(command).append("\n```\n\n");
    }

    /** The machine; {@code extraLines} are more list items about it (such as the database server). */
    static void machine(StringBuilder md, Machine machine, List<String> extraLines) {
        md.append("## Machine\n\n")
                .append("- Processors (nproc): ").append(machine.processors()).append(" (").append(machine.cpuModel()).append(")\n")
                .append(String.format(Locale.ROOT, "- Memory: %,d MB%n", machine.memoryMb()))
                .append("- OS: ").append(machine.os()).append("\n");
        extraLines.forEach(line -> md.append("- ").append(line).append("\n"));
        md.append("- `java -version` (the benchmark's and the server's JVM):\n\n")
                .append("```\n").append(machine.javaVersion()).append("\n```\n\n")
                .append("The machine may be shared with other builds and servers while the benchmark runs; "
                        + "figures on a busy machine are lower than on an idle one. The 2-core VM this was written for "
                        + "also slows down under sustained load: right after minutes of full load, the same run measured "
                        + "up to twice the query times and 30 % less ingest. Measure on a rested machine.\n\n");
    }

    static void figures(StringBuilder md, List<Figure> figures) {
        md.append("## Figures\n\n")
                .append("| Figure | Value | Target | Result |\n")
                .append("|---|---:|---:|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.name()).append(" | ").append(figure.formattedValue()).append(" | ")
                    .append(figure.formattedTarget()).append(" | ").append(figure.verdict()).append(" |\n");
        }
        List<Figure> missed = figures.stream().filter(f -> f.verdict().equals("FAIL")).toList();
        md.append("\n").append(missed.isEmpty() ? "Every target is met." : "Missed: " + String.join("; ", missed.stream().map(ReportSections::shortfall).toList()) + ".").append("\n\n");
    }

    private static String shortfall(Figure figure) {
        double factor = figure.target().atLeast() ? figure.target().bound() / figure.value() : figure.value() / figure.target().bound();
        return String.format(Locale.ROOT, "%s is %s against %s (%.2fx off)", figure.name(), figure.formattedValue(), figure.formattedTarget(), factor);
    }
}
