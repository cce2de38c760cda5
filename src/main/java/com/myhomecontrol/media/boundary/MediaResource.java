package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.media.control.MediaParser;
import com.myhomecontrol.media.control.MediaQueryParser;
import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonProviders;
import com.myhomecontrol.platform.entity.NotFoundException;
import com.myhomecontrol.platform.entity.WriteReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.List;

/** Recordings and snapshots share their operations; each subclass names its kind and path. */
@Produces(MediaType.APPLICATION_JSON)
public abstract class MediaResource {

    @Inject
    JsonBodyReader bodyReader;

    @Inject
    MediaParser parser;

    @Inject
    MediaQueryParser query;

    @Inject
    MediaStore store;

    protected abstract MediaKind kind();

    /** One medium or an array of them, each inserted or replaced by its id, all or nothing. */
    @POST
    @Operation(summary = "Store media", description = "One medium or an array of up to HOMECONTROL_MAX_BATCH_ITEMS, all "
            + "or nothing; each inserted, or replacing the stored one of its id (its created_at and analyses kept).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "A recording {recording_id, camera_id, file_path, file_size_bytes, "
            + "duration_seconds, recording_type, timestamp, is_emergency, is_unusual, metadata} or a snapshot "
            + "{snapshot_id, camera_id, file_path, file_size_bytes, timestamp, metadata}, or an array; rules in "
            + "docs/api.md, Media")))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public WriteReceipt store(InputStream body) {
        var media = parser.media(kind(), bodyReader.read(body));
        store.upsert(media);
        return new WriteReceipt(media.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One medium", description = "Its fields and created_at.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public JsonObject find(@Parameter(description = "The recording_id or snapshot_id") @PathParam("id") String id) {
        MediumKey key = key(id);
        return store.find(key).map(medium -> MediaJson.toJson(medium).build())
                .orElseThrow(() -> notFound(key));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete a medium", description = "With all its analyses; the file stays.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public Response delete(@Parameter(description = "The recording_id or snapshot_id") @PathParam("id") String id) {
        MediumKey key = key(id);
        if (!store.delete(key)) {
            throw notFound(key);
        }
        return Response.noContent().build();
    }

    /** One analysis or an array of them; each gets an analysis_id unless it brings one. */
    @POST
    @Path("{id}/ai-analysis")
    @Operation(summary = "Add AI analyses to a medium", description = "An analysis posted again with its analysis_id "
            + "replaces it, so a client may retry.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "An analysis {analysis_type, confidence (0 to 1), detected_at, "
            + "details, analysis_id (a UUID, optional)} or an array of them")))
    @APIResponse(responseCode = "201", description = "{stored, analysis_ids}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public Response addAnalyses(@Parameter(description = "The recording_id or snapshot_id") @PathParam("id") String id, InputStream body) {
        MediumKey key = key(id);
        List<Analysis> analyses = parser.analyses(key, bodyReader.read(body));
        store.addAnalyses(key, analyses);
        JsonArrayBuilder ids = JsonProviders.JSON.createArrayBuilder();
        analyses.forEach(analysis -> ids.add(analysis.analysisId().toString()));
        return Response.status(Response.Status.CREATED)
                .entity(JsonProviders.JSON.createObjectBuilder().add("stored", analyses.size()).add("analysis_ids", ids).build())
                .build();
    }

    @GET
    @Path("{id}/ai-analysis")
    @Operation(summary = "A medium's AI analyses", description = "Newest detection first.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public JsonObject analyses(@Parameter(description = "The recording_id or snapshot_id") @PathParam("id") String id) {
        MediumKey key = key(id);
        if (store.find(key).isEmpty()) {
            throw notFound(key);
        }
        return JsonProviders.JSON.createObjectBuilder().add(key.kind().idField(), key.id())
                .add("ai_analysis", MediaJson.analyses(store.analysesOf(key))).build();
    }

    /**
     * A page is read whole before anything is written (at most 1,000 media): the store may still
     * fail over to the journal then, and a failure is still an error answer.
     */
    protected Response list(MediaFilter filter) {
        MediaPage page = store.list(filter);
        return JsonStream.ok(json -> MediaJson.writePage(json, kind(), page, filter.withAnalyses()));
    }

    private MediumKey key(String id) {
        return new MediumKey(kind(), Identifiers.require(id, kind().idField()));
    }

    private static NotFoundException notFound(MediumKey key) {
        return new NotFoundException("No " + key.kind().label() + " " + key.id());
    }
}
