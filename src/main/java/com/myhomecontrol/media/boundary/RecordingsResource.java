package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.platform.boundary.ApiProblems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("recordings")
@Tag(name = "Media", description = "Recordings and snapshots of the cameras, their AI analyses and storage")
@Tag(name = "Media", description = "Recordings and snapshots of the cameras, their AI analyses and storage")
@RequestScoped
public class RecordingsResource extends MediaResource {

    @Override
    protected MediaKind kind() {
        return MediaKind.RECORDING;
    }

    /** Newest first; the parameters of the existing clients plus since, until, analysis, metadata and cursor. */
    @GET
    @Operation(summary = "Recordings", description = "Newest first (by timestamp, then id); total counts every one the filters select.")
    @APIResponse(responseCode = "200", description = "{recordings, total, next_cursor}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public Response list(@Parameter(description = "Most per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
                         @QueryParam("limit") String limit,
                         @Parameter(description = "One camera")
                         @QueryParam("camera_id") String cameraId,
                         @Parameter(description = "One type", schema = @Schema(enumeration = {"on_demand", "automatic", "motion", "emergency"}))
                         @QueryParam("recording_type") String recordingType,
                         @Parameter(description = "Within the last hours (not with since)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                         @QueryParam("hours") String hours,
                         @Parameter(description = "At or after (ISO-8601 with offset, or epoch seconds)")
                         @QueryParam("since") String since,
                         @Parameter(description = "Before (ISO-8601 with offset, or epoch seconds)")
                         @QueryParam("until") String until,
                         @Parameter(description = "true keeps only emergency recordings", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("emergency_only") String emergencyOnly,
                         @Parameter(description = "true keeps only unusual recordings", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("unusual_only") String unusualOnly,
                         @Parameter(description = "true adds each medium's ai_analysis", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("with_ai_analysis") String withAnalyses,
                         @Parameter(description = "Only media with an analysis of this type")
                         @QueryParam("analysis_type") String analysisType,
                         @Parameter(description = "Only media with an analysis of at least this confidence", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
                         @QueryParam("min_confidence") String minConfidence,
                         @Parameter(description = "A JSON object the metadata must contain (PostgreSQL @>)", example = "{\"tags\":[\"person\"]}")
                         @QueryParam("metadata") String metadata,
                         @Parameter(description = "The next_cursor of the page before")
                         @QueryParam("cursor") String cursor) {
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
