package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.media.control.MediaQueryParser;
import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** Searches the analyses of all media, newest detection first. */
@Path("ai-analysis")
@Tag(name = "Media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AiAnalysisResource {

    @Inject
    MediaQueryParser query;

    @Inject
    MediaStore store;

    @GET
    @Operation(summary = "Search the AI analyses of all media", description = "Newest detection first.")
    @APIResponse(responseCode = "200", description = "{ai_analysis: [{analysis_id, media_id, media_type, analysis_type, "
            + "confidence, detected_at, details, created_at}], next_cursor}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public Response search(@Parameter(description = "Only this type") @QueryParam("analysis_type") String analysisType,
                           @Parameter(description = "At least this confidence", schema = @Schema(type = SchemaType.NUMBER,
                                   minimum = "0", maximum = "1")) @QueryParam("min_confidence") String minConfidence,
                           @Parameter(description = "Detected at or after (ISO-8601 with offset, or epoch seconds)")
                           @QueryParam("since") String since,
                           @Parameter(description = "Detected before (ISO-8601 with offset, or epoch seconds)")
                           @QueryParam("until") String until,
                           @Parameter(description = "Only analyses of recordings or of snapshots", schema = @Schema(
                                   enumeration = {"recording", "snapshot"})) @QueryParam("media_type") String mediaType,
                           @Parameter(description = "A JSON object the details must contain (PostgreSQL @>)")
                           @QueryParam("details") String details,
                           @Parameter(description = "Most per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
                           @QueryParam("limit") String limit,
                           @Parameter(description = "The next_cursor of the page before") @QueryParam("cursor") String cursor) {
        Instant from = query.timestamp(since, "since");
        Instant to = query.timestamp(until, "until");
        query.requireOrder(from, to);
        AnalysisPage page = store.analyses(new AnalysisFilter(query.mediaKind(mediaType),
                query.id(analysisType, "analysis_type"), query.confidence(minConfidence), from, to,
                query.document(details, "details"), query.cursor(cursor), query.limit(limit)));
        return JsonStream.ok(json -> MediaJson.writePage(json, page));
    }
}
