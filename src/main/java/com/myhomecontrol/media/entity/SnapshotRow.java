package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of {@code snapshots}, as the {@code media} persistence unit maps it; the API answers {@link Medium}. */
@Entity
@Table(name = "snapshots")
public class SnapshotRow extends MediumRow {

    @Id
    @Column(name = "snapshot_id")
    private String id;

    protected SnapshotRow() {
    }

    public SnapshotRow(String id, String cameraId, String filePath, long fileSizeBytes, OffsetDateTime timestamp,
                       JsonObject metadata, OffsetDateTime createdAt) {
        super(cameraId, filePath, fileSizeBytes, timestamp, metadata, createdAt);
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }
}
