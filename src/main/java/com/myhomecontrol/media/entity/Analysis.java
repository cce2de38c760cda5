package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/** What the AI service detected on a recording or a snapshot. */
public record Analysis(UUID analysisId, MediumKey medium, String analysisType, double confidence,
                       Instant detectedAt, JsonObject details, Instant createdAt) {

    /** Where a page that ends with this analysis continues. */
    public Cursor position() {
        return new Cursor(detectedAt, analysisId.toString());
    }
}
