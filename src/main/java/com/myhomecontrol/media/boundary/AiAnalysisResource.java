package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.media.control.MediaQueryParser;
import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.platform.boundary.JsonStream;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/** Searches the analyses of all media, newest detection first. */
@Path("ai-analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AiAnalysisResource {

    @Inject
    MediaQueryParser query;

    @Inject
    MediaStore store;

    @GET
    public Response search(@QueryParam("analysis_type") String analysisType, @QueryParam("min_confidence") String minConfidence,
                           @QueryParam("since") String since, @QueryParam("until") String until,
                           @QueryParam("media_type") String mediaType, @QueryParam("details") String details,
                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Instant from = query.timestamp(since, "since");
        Instant to = query.timestamp(until, "until");
        query.requireOrder(from, to);
        AnalysisPage page = store.analyses(new AnalysisFilter(query.mediaKind(mediaType),
                query.id(analysisType, "analysis_type"), query.confidence(minConfidence), from, to,
                query.document(details, "details"), query.cursor(cursor), query.limit(limit)));
        return JsonStream.ok(json -> MediaJson.writePage(json, page));
    }
}
