package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md holds one section a benchmark, each between its own marker comments; a run
 * replaces its own section and leaves the others' figures as they are. A section not in the file
 * yet is added at its end.
 */
final class ReportFile {

    private ReportFile() {
    }

    static void writeSection(Path file, String section, String markdown) throws IOException {
        String begin = "<!-- benchmark:" + section + " begin -->\n";
        String end = "<!-- benchmark:" + section + " end -->\n";
        String marked = begin + markdown.stripTrailing() + "\n" + end;
        String existing = Files.exists(file) ? Files.readString(file) : "";
        int from = existing.indexOf(begin);
        int to = existing.indexOf(end);
        String written;
        if (from >= 0 && to > from) {
            written = existing.substring(0, from) + marked + existing.substring(to + end.length());
        } else if (existing.isBlank()) {
            written = marked;
        } else {
            written = existing.stripTrailing() + "\n\n" + marked;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, written);
    }
}
