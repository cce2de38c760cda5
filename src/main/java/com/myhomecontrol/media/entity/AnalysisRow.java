package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code ai_analysis}, as the {@code media} persistence unit maps it; the API answers {@link Analysis}. */
@Entity
@Table(name = "ai_analysis")
public class AnalysisRow {

    @Id
    @Column(name = "analysis_id")
    private UUID id;

    @Column(name = "media_id")
    private String mediaId;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "analysis_type")
    private String analysisType;

    @Column(name = "confidence")
    private double confidence;

    @Column(name = "detected_at")
    private OffsetDateTime detectedAt;

    @Column(name = "details")
    @Convert(converter = JsonbConverter.class)
    private JsonObject details;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected AnalysisRow() {
    }

    public AnalysisRow(UUID id, String mediaId, String mediaType, String analysisType, double confidence,
                       OffsetDateTime detectedAt, JsonObject details, OffsetDateTime createdAt) {
        this.id = id;
        this.mediaId = mediaId;
        this.mediaType = mediaType;
        this.analysisType = analysisType;
        this.confidence = confidence;
        this.detectedAt = detectedAt;
        this.details = details;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getMediaId() {
        return mediaId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getAnalysisType() {
        return analysisType;
    }

    public double getConfidence() {
        return confidence;
    }

    public OffsetDateTime getDetectedAt() {
        return detectedAt;
    }

    public JsonObject getDetails() {
        return details;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
