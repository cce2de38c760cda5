package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.Medium;

import java.util.Collection;

/** The filters of {@link MediaListSql} as predicates, for the journal store: the same rules, in Java. */
final class MediaMatcher {

    private MediaMatcher() {
    }

    static boolean matches(MediaFilter filter, Medium medium, Collection<Analysis> analyses) {
        return (filter.cameraId() == null || filter.cameraId().equals(medium.cameraId()))
                && (filter.recordingType() == null || filter.recordingType() == medium.recordingType())
                && (filter.since() == null || !medium.timestamp().isBefore(filter.since()))
                && (filter.until() == null || medium.timestamp().isBefore(filter.until()))
                && (!filter.emergencyOnly() || medium.emergency())
                && (!filter.unusualOnly() || medium.unusual())
                && (filter.metadata() == null || JsonContainment.contains(medium.metadata(), filter.metadata()))
                && (!filter.selectsByAnalysis() || analyses.stream().anyMatch(analysis ->
                        typeAndConfidence(filter.analysisType(), filter.minConfidence(), analysis)));
    }

    static boolean matches(AnalysisFilter filter, Analysis analysis) {
        return (filter.kind() == null || filter.kind() == analysis.medium().kind())
                && typeAndConfidence(filter.analysisType(), filter.minConfidence(), analysis)
                && (filter.since() == null || !analysis.detectedAt().isBefore(filter.since()))
                && (filter.until() == null || analysis.detectedAt().isBefore(filter.until()))
                && (filter.details() == null || JsonContainment.contains(analysis.details(), filter.details()))
                && (filter.after() == null || filter.after().precedes(analysis.detectedAt(), analysis.analysisId().toString()));
    }

    private static boolean typeAndConfidence(String analysisType, Double minConfidence, Analysis analysis) {
        return (analysisType == null || analysisType.equals(analysis.analysisType()))
                && (minConfidence == null || analysis.confidence() >= minConfidence);
    }
}
