package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * A recording or a snapshot. A snapshot has no duration and no recording type, and is never an
 * emergency or unusual.
 */
public record Medium(MediaKind kind, String id, String cameraId, String filePath, long fileSizeBytes,
                     Double durationSeconds, RecordingType recordingType, Instant timestamp,
                     boolean emergency, boolean unusual, JsonObject metadata, Instant createdAt) {

    public Medium withCreatedAt(Instant created) {
        return new Medium(kind, id, cameraId, filePath, fileSizeBytes, durationSeconds, recordingType, timestamp,
                emergency, unusual, metadata, created);
    }

    public MediumKey key() {
        return new MediumKey(kind, id);
    }

    /** Where a page that ends with this medium continues. */
    public Cursor position() {
        return new Cursor(timestamp, id);
    }
}
