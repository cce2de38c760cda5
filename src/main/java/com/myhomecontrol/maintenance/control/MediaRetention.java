package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetainedMedia;
import com.myhomecontrol.maintenance.entity.Planned;
import com.myhomecontrol.maintenance.entity.RetentionBatch.MediaRows;
import com.myhomecontrol.maintenance.entity.RetentionCursor;
import com.myhomecontrol.maintenance.entity.RetentionTally;
import com.myhomecontrol.media.control.MediaRoots;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deletes old media metadata in PostgreSQL, a batch of ids per statement (one statement is one
 * transaction, in Java SE as in the server's chunk transaction). Analyses of a deleted medium go
 * with it (a trigger); they are counted as ai_analysis. The size cap walks the media the ages
 * leave, oldest first, until the recorded sizes fit.
 */
public final class MediaRetention {

    private final DataSource database;
    private final MediaRoots roots;

    public MediaRetention(DataSource database, List<Path> mediaRoots) {
        this.database = database;
        this.roots = new MediaRoots(mediaRoots);
    }

    /** The next ids of the kind older than {@code cutoff}, after the cursor's medium. */
    public Optional<Planned> nextByAge(RetainedMedia kind, Instant cutoff, RetentionCursor cursor, int chunkRows) {
        String sql = "SELECT " + kind.idColumn() + ", " + kind.timeColumn() + " FROM " + kind.table()
                + " WHERE " + kind.timeColumn() + " < ? AND " + kind.deletable()
                + (cursor.afterTime() == null ? "" : " AND (" + kind.timeColumn() + ", " + kind.idColumn() + ") > (?, ?::" + kind.idType() + ")")
                + " ORDER BY " + kind.timeColumn() + ", " + kind.idColumn() + " LIMIT ?";
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setObject(index++, cutoff.atOffset(ZoneOffset.UTC));
            if (cursor.afterTime() != null) {
                statement.setObject(index++, cursor.afterTime());
                statement.setString(index++, cursor.afterId());
            }
            statement.setInt(index, chunkRows);
            List<String> ids = new ArrayList<>();
            OffsetDateTime lastTime = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    lastTime = rows.getObject(2, OffsetDateTime.class);
                }
            }
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Planned(new MediaRows(kind, ids, false),
                    cursor.atMedium(lastTime, kind.name(), ids.get(ids.size() - 1), null)));
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read " + kind.table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * How far the recorded sizes of recordings and snapshots exceed the cap once the ages have
     * done their part: the bytes of media still older than their cutoff are left out, so a dry run
     * (which deleted nothing) answers what the real run sees after its age deletes.
     */
    public long excessBytes(long maxBytes, Instant recordingsCutoff, Instant snapshotsCutoff) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement("""
                SELECT (SELECT COALESCE(SUM(size_bytes), 0) FROM camera_media_totals WHERE media_type IN ('recording', 'snapshot'))
                     - (SELECT COALESCE(SUM(file_size_bytes), 0) FROM recordings WHERE timestamp < ? AND NOT is_emergency)
                     - (SELECT COALESCE(SUM(file_size_bytes), 0) FROM snapshots WHERE timestamp < ?)
                """)) {
            statement.setObject(1, recordingsCutoff.atOffset(ZoneOffset.UTC));
            statement.setObject(2, snapshotsCutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Math.max(0, rows.getLong(1) - maxBytes);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read the media totals: " + e.getMessage(), e);
        }
    }

    /**
     * The oldest media the ages leave (non-emergency recordings and snapshots, by timestamp, then
     * kind and id) after the cursor's, of one kind, until their sizes reach the cursor's excess;
     * empty once the excess is gone or nothing is left to delete.
     */
    public Optional<Planned> nextOverCap(Instant recordingsCutoff, Instant snapshotsCutoff, RetentionCursor cursor, int chunkRows) {
        long excess = cursor.excessBytes();
        if (excess <= 0) {
            return Optional.empty();
        }
        String sql = """
                SELECT kind, id, timestamp, file_size_bytes FROM (
                    (SELECT 'RECORDING' AS kind, recording_id AS id, timestamp, file_size_bytes FROM recordings
                     WHERE NOT is_emergency AND (timestamp, recording_id) > (?, ?) ORDER BY timestamp, recording_id LIMIT ?)
                    UNION ALL
                    (SELECT 'SNAPSHOT', snapshot_id, timestamp, file_size_bytes FROM snapshots
                     WHERE (timestamp, snapshot_id) > (?, ?) ORDER BY timestamp, snapshot_id LIMIT ?)
                ) AS media ORDER BY timestamp, kind, id COLLATE "C" LIMIT ?
                """;
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bindBound(statement, 1, RetainedMedia.RECORDING, recordingsCutoff, cursor, chunkRows);
            bindBound(statement, 4, RetainedMedia.SNAPSHOT, snapshotsCutoff, cursor, chunkRows);
            statement.setInt(7, chunkRows);
            RetainedMedia kind = null;
            List<String> ids = new ArrayList<>();
            RetentionCursor last = cursor;
            try (ResultSet rows = statement.executeQuery()) {
                // One kind per batch, so that the cursor after it is exact.
                while (excess > 0 && rows.next() && (kind == null || kind.name().equals(rows.getString(1)))) {
                    kind = RetainedMedia.valueOf(rows.getString(1));
                    ids.add(rows.getString(2));
                    excess -= rows.getLong(4);
                    last = cursor.atMedium(rows.getObject(3, OffsetDateTime.class), kind.name(), rows.getString(2), excess);
                }
            }
            return kind == null ? Optional.empty() : Optional.of(new Planned(new MediaRows(kind, ids, true), last));
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read the media for the size cap: " + e.getMessage(), e);
        }
    }

    /** Rows of the kind older than {@code cutoff} that may go, for the progress. */
    public long countOlder(RetainedMedia kind, Instant cutoff) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + kind.table() + " WHERE " + kind.timeColumn() + " < ? AND " + kind.deletable())) {
            statement.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot count " + kind.table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the batch (or in a dry run only reads it) and adds what went to the tally: rows and
     * bytes of the media, their analyses not already gone by age, and with {@code deleteFiles} their
     * files under the media roots.
     */
    public void apply(MediaRows batch, Instant aiCutoff, boolean dryRun, boolean deleteFiles, RetentionTally tally) {
        RetainedMedia kind = batch.kind();
        String rows = kind == RetainedMedia.AI_ANALYSIS ? "NULL::text AS file_path, 0 AS file_size_bytes" : "file_path, file_size_bytes";
        String where = " WHERE " + kind.idColumn() + " = ANY(?) AND " + kind.deletable();
        String gone = dryRun ? "SELECT " + rows + " FROM " + kind.table() + where
                : "DELETE FROM " + kind.table() + where + " RETURNING " + rows;
        String analyses = kind == RetainedMedia.AI_ANALYSIS ? "0"
                : "(SELECT COUNT(*) FROM ai_analysis WHERE media_type = '" + kind.mediaType() + "' AND media_id = ANY(?) AND detected_at >= ?)";
        String name = kind.table() + (batch.overCap() ? "_over_cap" : "");
        List<String> files = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("WITH gone AS (" + gone + ") SELECT file_path, file_size_bytes, "
                     + analyses + " FROM gone")) {
            Array ids = ids(connection, kind, batch.ids());
            statement.setArray(1, ids);
            if (kind != RetainedMedia.AI_ANALYSIS) {
                statement.setArray(2, ids);
                statement.setObject(3, aiCutoff.atOffset(ZoneOffset.UTC));
            }
            long count = 0;
            long bytes = 0;
            long analysesGone = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    count++;
                    bytes += result.getLong(2);
                    analysesGone = result.getLong(3);
                    if (kind != RetainedMedia.AI_ANALYSIS) {
                        files.add(result.getString(1));
                    }
                }
            }
            tally.add(name, count, bytes);
            if (analysesGone > 0) {
                tally.add("ai_analysis", analysesGone, 0);
            }
        } catch (SQLException e) {
            throw new JobFailedException("Cannot " + (dryRun ? "read " : "delete from ") + kind.table() + ": " + e.getMessage(), e);
        }
        if (deleteFiles) {
            files.forEach(file -> deleteFile(file, dryRun, tally));
        }
    }

    private void deleteFile(String filePath, boolean dryRun, RetentionTally tally) {
        if (roots.check(filePath, "file_path", new ArrayList<>()) == null) {
            tally.add("files_outside_media_roots", 1, 0);
            return;
        }
        Path file = Path.of(filePath).toAbsolutePath();
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            if (size >= 0 && (dryRun || Files.deleteIfExists(file))) {
                tally.add("files", 1, size);
            }
        } catch (IOException e) {
            throw new JobFailedException("Cannot delete the media file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void bindBound(PreparedStatement statement, int index, RetainedMedia kind, Instant cutoff, RetentionCursor cursor,
                                  int chunkRows) throws SQLException {
        OffsetDateTime time = cutoff.atOffset(ZoneOffset.UTC);
        String id = "";
        if (cursor.afterTime() != null && !cursor.afterTime().isBefore(time)) {
            // Media of the cursor's time and a kind sorted before the cursor's are done: ids are never empty.
            int order = kind.name().compareTo(cursor.afterKind());
            time = order < 0 ? cursor.afterTime().plusNanos(1_000) : cursor.afterTime();
            id = order == 0 ? cursor.afterId() : "";
        }
        statement.setObject(index, time);
        statement.setString(index + 1, id);
        statement.setInt(index + 2, chunkRows);
    }

    private static Array ids(Connection connection, RetainedMedia kind, List<String> ids) throws SQLException {
        Object[] values = kind == RetainedMedia.AI_ANALYSIS ? ids.stream().map(UUID::fromString).toArray() : ids.toArray();
        return connection.createArrayOf(kind.idType(), values);
    }
}
