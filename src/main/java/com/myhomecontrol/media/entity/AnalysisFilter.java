package com.myhomecontrol.media.entity;

import jakarta.json.JsonObject;

import java.time.Instant;

/** Which analyses a search selects, newest detection first; every part but the limit is optional. */
public record AnalysisFilter(MediaKind kind, String analysisType, Double minConfidence, Instant since, Instant until,
                             JsonObject details, Cursor after, int limit) {
}
