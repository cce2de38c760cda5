package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/** The columns recordings and snapshots share. Times are timestamptz, read as UTC offsets. */
@MappedSuperclass
public abstract class MediumRow {

    @Column(name = "camera_id")
    private String cameraId;

    @Column(name = "file_path")
    private String filePath;

    @Column(name = "file_size_bytes")
    private long fileSizeBytes;

    @Column(name = "timestamp")
    private OffsetDateTime timestamp;

    @Column(name = "metadata")
    @Convert(converter = JsonbConverter.class)
    private JsonObject metadata;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected MediumRow() {
    }

    protected MediumRow(String cameraId, String filePath, long fileSizeBytes, OffsetDateTime timestamp,
                        JsonObject metadata, OffsetDateTime createdAt) {
        this.cameraId = cameraId;
        this.filePath = filePath;
        this.fileSizeBytes = fileSizeBytes;
        this.timestamp = timestamp;
        this.metadata = metadata;
        this.createdAt = createdAt;
    }

    public abstract String getId();

    public String getCameraId() {
        return cameraId;
    }

    public String getFilePath() {
        return filePath;
    }

    public long getFileSizeBytes() {
        return fileSizeBytes;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public JsonObject getMetadata() {
        return metadata;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
