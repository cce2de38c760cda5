package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.CameraStorage;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.StorageStats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reads of media and analyses that list, search and total them (one medium is read by {@link MediaUnitReader}). */
class PostgresMediaReader {

    MediaPage list(Connection connection, MediaFilter filter) throws SQLException {
        List<Medium> media = new ArrayList<>();
        try (PreparedStatement statement = MediaListSql.page(filter).prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                media.add(MediaRows.medium(filter.kind(), rows));
            }
        }
        var page = PageSlice.of(media, filter.limit(), Medium::position);
        Map<MediumKey, List<Analysis>> analyses = filter.withAnalyses() && !page.rows().isEmpty()
                ? analysesOf(connection, filter.kind(), page.rows().stream().map(Medium::id).toList())
                : Map.of();
        return new MediaPage(page.rows(), analyses, count(connection, filter), page.next());
    }

    AnalysisPage analyses(Connection connection, AnalysisFilter filter) throws SQLException {
        List<Analysis> analyses = new ArrayList<>();
        try (PreparedStatement statement = MediaListSql.analyses(filter).prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                analyses.add(MediaRows.analysis(rows));
            }
        }
        var page = PageSlice.of(analyses, filter.limit(), Analysis::position);
        return new AnalysisPage(page.rows(), page.next());
    }

    StorageStats stats(Connection connection, Instant startOfToday) throws SQLException {
        Map<String, long[]> cameras = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT camera_id, media_type, media_count, size_bytes, emergency, unusual FROM camera_media_totals");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long[] totals = cameras.computeIfAbsent(rows.getString(1), camera -> new long[6]);
                boolean recording = MediaKind.RECORDING.label().equals(rows.getString(2));
                totals[recording ? 0 : 1] += rows.getLong(3);
                totals[2] += rows.getLong(4);
                totals[4] += rows.getLong(5);
                totals[5] += rows.getLong(6);
            }
        }
        SqlStatement today = new SqlStatement().append(
                "SELECT camera_id, count(*) FROM recordings WHERE timestamp >= ? GROUP BY camera_id", startOfToday);
        try (PreparedStatement statement = today.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cameras.computeIfAbsent(rows.getString(1), camera -> new long[6])[3] = rows.getLong(2);
            }
        }
        return new StorageStats(cameras.entrySet().stream()
                .filter(camera -> camera.getValue()[0] + camera.getValue()[1] > 0)
                .map(camera -> {
                    long[] t = camera.getValue();
                    return new CameraStorage(camera.getKey(), t[0], t[1], t[2], t[3], t[4], t[5]);
                }).toList());
    }

    private long count(Connection connection, MediaFilter filter) throws SQLException {
        SqlStatement sql = filter.countedByTotals() ? MediaListSql.countFromTotals(filter) : MediaListSql.count(filter);
        try (PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private Map<MediumKey, List<Analysis>> analysesOf(Connection connection, MediaKind kind, List<String> ids) throws SQLException {
        SqlStatement sql = new SqlStatement().append("SELECT " + MediaRows.ANALYSIS_COLUMNS
                        + " FROM ai_analysis WHERE media_type = ? AND media_id = ANY (?) ORDER BY detected_at DESC, analysis_id DESC",
                kind.label(), ids.toArray(String[]::new));
        Map<MediumKey, List<Analysis>> analyses = new HashMap<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Analysis analysis = MediaRows.analysis(rows);
                analyses.computeIfAbsent(analysis.medium(), medium -> new ArrayList<>()).add(analysis);
            }
        }
        return analyses;
    }
}
