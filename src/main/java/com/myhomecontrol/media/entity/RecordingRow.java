package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of {@code recordings}, as the {@code media} persistence unit maps it; the API answers {@link Medium}. */
@Entity
@Table(name = "recordings")
public class RecordingRow extends MediumRow {

    @Id
    @Column(name = "recording_id")
    private String id;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    @Column(name = "recording_type")
    private String recordingType;

    @Column(name = "is_emergency")
    private boolean emergency;

    @Column(name = "is_unusual")
    private boolean unusual;

    protected RecordingRow() {
    }

    public RecordingRow(String id, String cameraId, String filePath, long fileSizeBytes, Double durationSeconds,
                        String recordingType, OffsetDateTime timestamp, boolean emergency, boolean unusual,
                        JsonObject metadata, OffsetDateTime createdAt) {
        super(cameraId, filePath, fileSizeBytes, timestamp, metadata, createdAt);
        this.id = id;
        this.durationSeconds = durationSeconds;
        this.recordingType = recordingType;
        this.emergency = emergency;
        this.unusual = unusual;
    }

    @Override
    public String getId() {
        return id;
    }

    public Double getDurationSeconds() {
        return durationSeconds;
    }

    public String getRecordingType() {
        return recordingType;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public boolean isUnusual() {
        return unusual;
    }
}
