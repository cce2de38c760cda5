package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * Which recordings or snapshots a listing selects; every part is optional (null or false) but the
 * kind and the limit. {@code since} is inclusive, {@code until} exclusive. The analysis parts keep
 * media that have at least one analysis of that type and at least that confidence.
 */
public record MediaFilter(MediaKind kind, String cameraId, RecordingType recordingType, Instant since, Instant until,
                          boolean emergencyOnly, boolean unusualOnly, String analysisType, Double minConfidence,
                          JsonObject metadata, Cursor after, int limit, boolean withAnalyses) {

    public boolean selectsByAnalysis() {
        return analysisType != null || minConfidence != null;
    }

    /** True when only the camera and the emergency or unusual flag select: the kept totals answer the count. */
    public boolean countedByTotals() {
        return recordingType == null && since == null && until == null && !selectsByAnalysis() && metadata == null
                && !(emergencyOnly && unusualOnly);
    }
}
