package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.MediaFilter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the media benchmark needs from inside this package: the plans of the very statements a
 * listing runs, and a journal file written in one go (as if the entries had been appended one by
 * one, without an fsync each), in the format {@link MediaJournal} appends.
 */
public final class MediaBenchmarkAccess {

    private static final String EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS) ";

    private MediaBenchmarkAccess() {
    }

    /** The plan, with actual times and buffers, of the page query of a listing. */
    public static List<String> explainPage(Connection connection, MediaFilter filter) throws SQLException {
        return plan(connection, MediaListSql.page(filter).prefixed(EXPLAIN));
    }

    /** The plan of the count a listing runs beside its page; null when the kept totals answer it. */
    public static List<String> explainCount(Connection connection, MediaFilter filter) throws SQLException {
        return filter.countedByTotals() ? null : plan(connection, MediaListSql.count(filter).prefixed(EXPLAIN));
    }

    /** Writes {@code entries} as the journal file in {@code directory} (which must hold none yet) and forces it to disk. */
    public static long writeJournal(Path directory, Iterator<JournalEntry> entries) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(MediaJournal.CURRENT);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            while (entries.hasNext()) {
                out.write(JournalCodec.line(entries.next()));
                out.write('\n');
                written++;
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return written;
    }

    /** The lines of an EXPLAIN. */
    static List<String> plan(Connection connection, SqlStatement explain) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = explain.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }
}
