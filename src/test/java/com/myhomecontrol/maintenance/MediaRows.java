package com.myhomecontrol.maintenance;

import com.myhomecontrol.it.TestPostgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Media rows in a real PostgreSQL for the backup and restore tests, and what the tables hold. */
public final class MediaRows {

    /** The tables of the media schema, in the order {@link #fingerprint} reads them. */
    private static final String[] TABLES = {"recordings", "snapshots", "ai_analysis", "camera_media_totals"};

    private MediaRows() {
    }

    /** A new, empty database, not migrated; its URL names the user, as a job parameter does. */
    public static String newDatabaseUrl(String prefix) {
        TestPostgres.Server server = TestPostgres.shared();
        return server.url(server.createDatabase(prefix)) + "?user=" + server.user() + "&password=" + server.password();
    }

    public static DataSource dataSource(String url) {
        var dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    /** A recording with an AI analysis of it, and a snapshot of the same camera; the triggers count them. */
    public static void insertMedium(DataSource media, String id, String camera, long size, boolean emergency) {
        try (Connection connection = media.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement recording = connection.prepareStatement("""
                    INSERT INTO recordings (recording_id, camera_id, file_path, file_size_bytes, duration_seconds,
                        recording_type, timestamp, is_emergency, metadata) VALUES (?, ?, ?, ?, 12.5, 'motion', ?, ?,
                        '{"zone": "door", "note": "line\\nbreak\\ttab"}'::jsonb)""");
                 PreparedStatement snapshot = connection.prepareStatement("""
                    INSERT INTO snapshots (snapshot_id, camera_id, file_path, file_size_bytes, timestamp)
                    VALUES (?, ?, ?, ?, ?)""");
                 PreparedStatement analysis = connection.prepareStatement("""
                    INSERT INTO ai_analysis (analysis_id, media_id, media_type, analysis_type, confidence, detected_at, details)
                    VALUES (?, ?, 'recording', 'person', 0.9, ?, '{"count": 1}'::jsonb)""")) {
                Timestamp at = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));
                recording.setString(1, id);
                recording.setString(2, camera);
                recording.setString(3, "/media/" + id + ".mp4");
                recording.setLong(4, size);
                recording.setTimestamp(5, at);
                recording.setBoolean(6, emergency);
                recording.executeUpdate();
                snapshot.setString(1, id + "-snap");
                snapshot.setString(2, camera);
                snapshot.setString(3, "/media/" + id + ".jpg");
                snapshot.setLong(4, size / 10);
                snapshot.setTimestamp(5, at);
                snapshot.executeUpdate();
                analysis.setObject(1, UUID.nameUUIDFromBytes(id.getBytes()));
                analysis.setString(2, id);
                analysis.setTimestamp(3, at);
                analysis.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new AssertionError("Cannot insert the medium " + id, e);
        }
    }

    /** Every row of every media table, as one text to compare: equal fingerprints, equal tables. */
    public static String fingerprint(DataSource media) {
        StringBuilder fingerprint = new StringBuilder();
        for (String table : TABLES) {
            fingerprint.append(table).append('=').append(text(media, "SELECT count(*) || ':' || coalesce(md5(string_agg("
                    + "t::text, '|' ORDER BY t::text)), '') FROM " + table + " t")).append(' ');
        }
        return fingerprint.toString();
    }

    /** The totals the triggers would compute from the rows, to compare with camera_media_totals. */
    public static String totalsFromRows(DataSource media) {
        return text(media, """
                SELECT string_agg(camera_id || '/' || media_type || '/' || n || '/' || size || '/' || e, ' ' ORDER BY camera_id, media_type)
                FROM (SELECT camera_id, 'recording' AS media_type, count(*) AS n, sum(file_size_bytes) AS size,
                             count(*) FILTER (WHERE is_emergency) AS e FROM recordings GROUP BY camera_id
                      UNION ALL
                      SELECT camera_id, 'snapshot', count(*), sum(file_size_bytes), 0 FROM snapshots GROUP BY camera_id) t""");
    }

    public static String totals(DataSource media) {
        return text(media, """
                SELECT string_agg(camera_id || '/' || media_type || '/' || media_count || '/' || size_bytes || '/' || emergency,
                                  ' ' ORDER BY camera_id, media_type)
                FROM camera_media_totals WHERE media_count > 0""");
    }

    public static long count(DataSource media, String sql) {
        return Long.parseLong(text(media, sql));
    }

    private static String text(DataSource media, String sql) {
        try (Connection connection = media.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }
}
