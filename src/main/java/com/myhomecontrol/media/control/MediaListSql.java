package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;

/**
 * The SQL of listings and searches. Newest first with the id as tie-breaker, matching the
 * indexes that end in (timestamp DESC, id DESC), and keyset paging from a cursor.
 */
final class MediaListSql {

    private MediaListSql() {
    }

    static SqlStatement page(MediaFilter filter) {
        MediaKind kind = filter.kind();
        SqlStatement sql = new SqlStatement().append("SELECT " + MediaRows.columns(kind) + " FROM " + kind.table() + " m WHERE true");
        conditions(sql, filter);
        if (filter.after() != null) {
            sql.append(" AND (m.timestamp, m." + kind.idField() + ") < (?, ?)", filter.after().timestamp(), filter.after().id());
        }
        return sql.append(" ORDER BY m.timestamp DESC, m." + kind.idField() + " DESC LIMIT ?", filter.limit() + 1);
    }

    static SqlStatement count(MediaFilter filter) {
        SqlStatement sql = new SqlStatement().append("SELECT count(*) FROM " + filter.kind().table() + " m WHERE true");
        conditions(sql, filter);
        return sql;
    }

    /** The count of a filter that selects only by camera and flag, from the totals the triggers keep. */
    static SqlStatement countFromTotals(MediaFilter filter) {
        String column = filter.emergencyOnly() ? "emergency" : filter.unusualOnly() ? "unusual" : "media_count";
        SqlStatement sql = new SqlStatement().append("SELECT coalesce(sum(" + column + "), 0) FROM camera_media_totals WHERE media_type = ?",
                filter.kind().label());
        if (filter.cameraId() != null) {
            sql.append(" AND camera_id = ?", filter.cameraId());
        }
        return sql;
    }

    private static void conditions(SqlStatement sql, MediaFilter filter) {
        if (filter.cameraId() != null) {
            sql.append(" AND m.camera_id = ?", filter.cameraId());
        }
        if (filter.recordingType() != null) {
            sql.append(" AND m.recording_type = ?", filter.recordingType().label());
        }
        if (filter.since() != null) {
            sql.append(" AND m.timestamp >= ?", filter.since());
        }
        if (filter.until() != null) {
            sql.append(" AND m.timestamp < ?", filter.until());
        }
        if (filter.emergencyOnly()) {
            sql.append(" AND m.is_emergency");
        }
        if (filter.unusualOnly()) {
            sql.append(" AND m.is_unusual");
        }
        if (filter.metadata() != null) {
            sql.append(" AND m.metadata @> CAST(? AS jsonb)", filter.metadata());
        }
        if (filter.selectsByAnalysis()) {
            sql.append(" AND EXISTS (SELECT 1 FROM ai_analysis a WHERE a.media_id = m." + filter.kind().idField()
                    + " AND a.media_type = ?", filter.kind().label());
            if (filter.analysisType() != null) {
                sql.append(" AND a.analysis_type = ?", filter.analysisType());
            }
            if (filter.minConfidence() != null) {
                sql.append(" AND a.confidence >= ?", filter.minConfidence());
            }
            sql.append(")");
        }
    }

    static SqlStatement analyses(AnalysisFilter filter) {
        SqlStatement sql = new SqlStatement().append("SELECT " + MediaRows.ANALYSIS_COLUMNS + " FROM ai_analysis WHERE true");
        if (filter.kind() != null) {
            sql.append(" AND media_type = ?", filter.kind().label());
        }
        if (filter.analysisType() != null) {
            sql.append(" AND analysis_type = ?", filter.analysisType());
        }
        if (filter.minConfidence() != null) {
            sql.append(" AND confidence >= ?", filter.minConfidence());
        }
        if (filter.since() != null) {
            sql.append(" AND detected_at >= ?", filter.since());
        }
        if (filter.until() != null) {
            sql.append(" AND detected_at < ?", filter.until());
        }
        if (filter.details() != null) {
            sql.append(" AND details @> CAST(? AS jsonb)", filter.details());
        }
        if (filter.after() != null) {
            sql.append(" AND (detected_at, analysis_id) < (?, CAST(? AS uuid))", filter.after().timestamp(), filter.after().id());
        }
        return sql.append(" ORDER BY detected_at DESC, analysis_id DESC LIMIT ?", filter.limit() + 1);
    }
}
