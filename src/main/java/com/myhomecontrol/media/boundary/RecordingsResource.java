package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

@Path("recordings")
@RequestScoped
public class RecordingsResource extends MediaResource {

    @Override
    protected MediaKind kind() {
        return MediaKind.RECORDING;
    }

    /** Newest first; the parameters of the existing clients plus since, until, analysis, metadata and cursor. */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("camera_id") String cameraId,
                         @QueryParam("recording_type") String recordingType, @QueryParam("hours") String hours,
                         @QueryParam("since") String since, @QueryParam("until") String until,
                         @QueryParam("emergency_only") String emergencyOnly, @QueryParam("unusual_only") String unusualOnly,
                         @QueryParam("with_ai_analysis") String withAnalyses,
                         @QueryParam("analysis_type") String analysisType, @QueryParam("min_confidence") String minConfidence,
                         @QueryParam("metadata") String metadata, @QueryParam("cursor") String cursor) {
        Instant from = query.since(hours, since);
        Instant to = query.timestamp(until, "until");
        query.requireOrder(from, to);
        return list(new MediaFilter(kind(), query.id(cameraId, "camera_id"), query.recordingType(recordingType), from, to,
                query.flag(emergencyOnly, "emergency_only"), query.flag(unusualOnly, "unusual_only"),
                query.id(analysisType, "analysis_type"), query.confidence(minConfidence),
                query.document(metadata, "metadata"), query.cursor(cursor), query.limit(limit),
                query.flag(withAnalyses, "with_ai_analysis")));
    }
}
