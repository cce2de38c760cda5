package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
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
        try (PreparedStatement recordings = connection.prepareStatement(UPSERT_RECORDING);
             PreparedStatement snapshots = connection.prepareStatement(UPSERT_SNAPSHOT)) {
            for (Medium medium : ordered) {
                if (medium.kind() == MediaKind.RECORDING) {
                    bind(connection, recordings, medium.id(), medium.cameraId(), medium.filePath(), medium.fileSizeBytes(),
                            medium.durationSeconds(), medium.recordingType().label(), medium.timestamp(),
                            medium.emergency(), medium.unusual(), medium.metadata(), medium.createdAt());
                    recordings.addBatch();
                } else {
                    bind(connection, snapshots, medium.id(), medium.cameraId(), medium.filePath(), medium.fileSizeBytes(),
                            medium.timestamp(), medium.metadata(), medium.createdAt());
                    snapshots.addBatch();
                }
            }
            recordings.executeBatch();
            snapshots.executeBatch();
        }
    }

    boolean delete(Connection connection, MediumKey key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + key.kind().table() + " WHERE " + key.kind().idField() + " = ?")) {
            delete.setString(1, key.id());
            return delete.executeUpdate() > 0;
        }
    }

    /** Refuses analyses of an unknown medium or with ids of other media's analyses before writing any. */
    void addAnalyses(Connection connection, MediumKey medium, List<Analysis> analyses) throws SQLException {
        if (lockExisting(connection, Set.of(medium)).isEmpty()) {
            throw new NotFoundException("No " + medium.kind().label() + " " + medium.id());
        }
        Map<UUID, MediumKey> owners = owners(connection, analyses);
        for (int i = 0; i < analyses.size(); i++) {
            if (!medium.equals(owners.getOrDefault(analyses.get(i).analysisId(), medium))) {
                throw AnalysisIdTaken.at(i, analyses.size());
            }
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

    /** Writes analyses of media checked before; each row is written in the order given. */
    void writeAnalyses(Connection connection, List<Analysis> analyses) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ANALYSIS)) {
            for (Analysis analysis : analyses) {
                bind(connection, upsert, analysis.analysisId(), analysis.medium().id(), analysis.medium().kind().label(),
                        analysis.analysisType(), analysis.confidence(), analysis.detectedAt(), analysis.details(),
                        analysis.createdAt());
                upsert.addBatch();
            }
            // An id taken by another medium's analysis since the check leaves its row untouched: refused all the same.
            int[] counts = upsert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw AnalysisIdTaken.at(i, analyses.size());
                }
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            SqlStatement.bind(connection, statement, i + 1, values[i]);
        }
    }
}
