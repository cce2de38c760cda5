package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumFile;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.platform.control.BatchStatements;
import com.myhomecontrol.platform.entity.NotFoundException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The writes of media and analyses, each within the caller's transaction. */
class PostgresMediaWriter {

    private static final String UPSERT_RECORDING = """
            INSERT INTO recordings (recording_id, camera_id, file_path, file_size_bytes, duration_seconds,
                recording_type, timestamp, is_emergency, is_unusual, metadata, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
            ON CONFLICT (recording_id) DO UPDATE SET camera_id = excluded.camera_id, file_path = excluded.file_path,
                file_size_bytes = excluded.file_size_bytes, duration_seconds = excluded.duration_seconds,
                recording_type = excluded.recording_type, timestamp = excluded.timestamp,
                is_emergency = excluded.is_emergency, is_unusual = excluded.is_unusual, metadata = excluded.metadata""";
    private static final String UPSERT_SNAPSHOT = """
            INSERT INTO snapshots (snapshot_id, camera_id, file_path, file_size_bytes, timestamp, metadata, created_at)
            VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
            ON CONFLICT (snapshot_id) DO UPDATE SET camera_id = excluded.camera_id, file_path = excluded.file_path,
                file_size_bytes = excluded.file_size_bytes, timestamp = excluded.timestamp, metadata = excluded.metadata""";
    // An analysis id given again replaces that analysis, but never moves it to another medium.
    private static final String UPSERT_ANALYSIS = """
            INSERT INTO ai_analysis (analysis_id, media_id, media_type, analysis_type, confidence, detected_at, details, created_at)
            VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
            ON CONFLICT (analysis_id) DO UPDATE SET analysis_type = excluded.analysis_type,
                confidence = excluded.confidence, detected_at = excluded.detected_at, details = excluded.details
            WHERE ai_analysis.media_id = excluded.media_id AND ai_analysis.media_type = excluded.media_type""";

    /**
     * The last item of an id wins, with the created_at of the first, as if the items were written
     * one after another; rows are written in id order so that concurrent batches lock them in the
     * same order.
     */
    void upsert(Connection connection, List<Medium> media) throws SQLException {
        Map<MediumKey, Medium> lastOfEachId = new LinkedHashMap<>();
        media.forEach(medium -> lastOfEachId.merge(medium.key(), medium, (earlier, later) -> later.withCreatedAt(earlier.createdAt())));
        List<Medium> ordered = lastOfEachId.values().stream().sorted(Comparator.comparing(Medium::id)).toList();
        BatchStatements.execute(connection, UPSERT_RECORDING, ofKind(ordered, MediaKind.RECORDING), (statement, recording) ->
                bind(statement, recording.id(), recording.cameraId(), recording.filePath(), recording.fileSizeBytes(),
                        recording.durationSeconds(), recording.recordingType().label(), recording.timestamp(),
                        recording.emergency(), recording.unusual(), recording.metadata(), recording.createdAt()));
        BatchStatements.execute(connection, UPSERT_SNAPSHOT, ofKind(ordered, MediaKind.SNAPSHOT), (statement, snapshot) ->
                bind(statement, snapshot.id(), snapshot.cameraId(), snapshot.filePath(), snapshot.fileSizeBytes(),
                        snapshot.timestamp(), snapshot.metadata(), snapshot.createdAt()));
    }

    private static List<Medium> ofKind(List<Medium> media, MediaKind kind) {
        return media.stream().filter(medium -> medium.kind() == kind).toList();
    }

    boolean delete(Connection connection, MediumKey key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + key.kind().table() + " WHERE " + key.kind().idField() + " = ?")) {
            delete.setString(1, key.id());
            return delete.executeUpdate() > 0;
        }
    }

    /** Deletes each medium whose row still names the file given; its analyses go with it (a trigger). */
    int deleteUnchanged(Connection connection, List<MediumFile> rows) throws SQLException {
        int deleted = 0;
        for (MediaKind kind : MediaKind.values()) {
            List<MediumFile> ofKind = rows.stream().filter(row -> row.medium().kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + kind.table() + " WHERE " + kind.idField() + " = ? AND file_path = ?")) {
                for (MediumFile row : ofKind) {
                    delete.setString(1, row.medium().id());
                    delete.setString(2, row.filePath());
                    delete.addBatch();
                }
                for (int count : delete.executeBatch()) {
                    deleted += count;
                }
            }
        }
        return deleted;
    }

    /** Refuses analyses of an unknown medium, or all of them when one has the id of another medium's analysis. */
    void addAnalyses(Connection connection, MediumKey medium, List<Analysis> analyses) throws SQLException {
        if (lockExisting(connection, Set.of(medium)).isEmpty()) {
            throw new NotFoundException("No " + medium.kind().label() + " " + medium.id());
        }
        writeAnalyses(connection, analyses);
    }

    /**
     * Which of these media exist, each locked against deletion until the transaction ends, so
     * that no analysis written meanwhile is orphaned.
     */
    Set<MediumKey> lockExisting(Connection connection, Set<MediumKey> media) throws SQLException {
        Set<MediumKey> existing = new HashSet<>();
        for (MediaKind kind : MediaKind.values()) {
            String[] ids = media.stream().filter(key -> key.kind() == kind).map(MediumKey::id).toArray(String[]::new);
            if (ids.length == 0) {
                continue;
            }
            SqlStatement lock = new SqlStatement().append("SELECT " + kind.idField() + " FROM " + kind.table()
                    + " WHERE " + kind.idField() + " = ANY (?) FOR KEY SHARE", (Object) ids);
            try (PreparedStatement statement = lock.prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    existing.add(new MediumKey(kind, rows.getString(1)));
                }
            }
        }
        return existing;
    }

    /** The media that the stored analyses with these ids belong to. */
    Map<UUID, MediumKey> owners(Connection connection, List<Analysis> analyses) throws SQLException {
        SqlStatement select = new SqlStatement().append("SELECT analysis_id, media_id, media_type FROM ai_analysis"
                        + " WHERE analysis_id = ANY (CAST(? AS uuid[]))",
                (Object) analyses.stream().map(analysis -> analysis.analysisId().toString()).toArray(String[]::new));
        Map<UUID, MediumKey> owners = new HashMap<>();
        try (PreparedStatement statement = select.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                owners.put(rows.getObject(1, UUID.class),
                        new MediumKey(MediaKind.of(rows.getString(3)).orElseThrow(), rows.getString(2)));
            }
        }
        return owners;
    }

    /**
     * Writes analyses of media checked before; each row is written in the order given. Throws when
     * one has the id of another medium's analysis, for the caller's transaction to roll back.
     */
    void writeAnalyses(Connection connection, List<Analysis> analyses) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ANALYSIS)) {
            for (Analysis analysis : analyses) {
                bind(upsert, analysis.analysisId(), analysis.medium().id(), analysis.medium().kind().label(),
                        analysis.analysisType(), analysis.confidence(), analysis.detectedAt(), analysis.details(),
                        analysis.createdAt());
                upsert.addBatch();
            }
            // An id of another medium's analysis leaves that row untouched (the WHERE of the upsert): no row counted.
            int[] counts = upsert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw AnalysisIdTaken.at(i, analyses.size());
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            SqlStatement.bind(statement.getConnection(), statement, i + 1, values[i]);
        }
    }
}
