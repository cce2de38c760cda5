package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The columns each kind of row is read with, and the values made of them. */
final class MediaRows {

    static final String RECORDING_COLUMNS = "recording_id, camera_id, file_path, file_size_bytes, duration_seconds, "
            + "recording_type, timestamp, is_emergency, is_unusual, metadata, created_at";
    static final String SNAPSHOT_COLUMNS = "snapshot_id, camera_id, file_path, file_size_bytes, timestamp, metadata, created_at";
    static final String ANALYSIS_COLUMNS = "analysis_id, media_id, media_type, analysis_type, confidence, detected_at, details, created_at";

    private MediaRows() {
    }

    static String columns(MediaKind kind) {
        return kind == MediaKind.RECORDING ? RECORDING_COLUMNS : SNAPSHOT_COLUMNS;
    }

    static Medium medium(MediaKind kind, ResultSet row) throws SQLException {
        if (kind == MediaKind.SNAPSHOT) {
            return new Medium(kind, row.getString(1), row.getString(2), row.getString(3), row.getLong(4), null, null,
                    instant(row, 5), false, false, json(row.getString(6)), instant(row, 7));
        }
        return new Medium(kind, row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                row.getObject(5, Double.class), RecordingType.of(row.getString(6)).orElseThrow(), instant(row, 7),
                row.getBoolean(8), row.getBoolean(9), json(row.getString(10)), instant(row, 11));
    }

    static Analysis analysis(ResultSet row) throws SQLException {
        return new Analysis(row.getObject(1, UUID.class),
                new MediumKey(MediaKind.of(row.getString(3)).orElseThrow(), row.getString(2)),
                row.getString(4), row.getDouble(5), instant(row, 6), json(row.getString(7)), instant(row, 8));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static JsonObject json(String text) {
        try (var reader = JsonProviders.JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
