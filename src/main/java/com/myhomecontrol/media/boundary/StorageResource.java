package com.myhomecontrol.media.boundary;

import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.media.control.MediaSettings;
import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.StorageStats;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.control.JsonProviders;
import com.myhomecontrol.platform.control.TimestampParser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How much the cameras have stored; "today" is the server's day. */
@Path("storage")
@Tag(name = "Media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StorageResource {

    private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

    @Inject
    MediaStore store;

    @Inject
    MediaSettings settings;

    @Inject
    TimestampParser timestamps;

    @GET
    @Path("stats")
    @Operation(summary = "Storage statistics", description = "Totals and per camera: recordings, snapshots, bytes, "
            + "today's (the server's day), emergency and unusual recordings; GB are GiB.")
    @APIResponse(responseCode = "200", description = "{total_recordings, total_snapshots, total_size_bytes, total_size_gb, "
            + "today_recordings, emergency_recordings, unusual_recordings, cameras: [{camera_id, recordings, snapshots, "
            + "size_bytes, today_recordings, emergency_recordings, unusual_recordings}]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    public JsonObject stats() {
        var today = LocalDate.ofInstant(timestamps.now(), settings.zone()).atStartOfDay(settings.zone()).toInstant();
        StorageStats stats = store.stats(today);
        JsonArrayBuilder cameras = JsonProviders.JSON.createArrayBuilder();
        stats.cameras().forEach(camera -> cameras.add(JsonProviders.JSON.createObjectBuilder()
                .add("camera_id", camera.cameraId())
                .add("recordings", camera.recordings())
                .add("snapshots", camera.snapshots())
                .add("size_bytes", camera.sizeBytes())
                .add("today_recordings", camera.todayRecordings())
                .add("emergency_recordings", camera.emergencyRecordings())
                .add("unusual_recordings", camera.unusualRecordings())));
        return JsonProviders.JSON.createObjectBuilder()
                .add("total_recordings", stats.totalRecordings())
                .add("total_snapshots", stats.totalSnapshots())
                .add("total_size_bytes", stats.totalSizeBytes())
                .add("total_size_gb", gigabytes(stats.totalSizeBytes()))
                .add("today_recordings", stats.todayRecordings())
                .add("emergency_recordings", stats.emergencyRecordings())
                .add("unusual_recordings", stats.unusualRecordings())
                .add("cameras", cameras)
                .build();
    }

    private static BigDecimal gigabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BYTES_PER_GB, 3, RoundingMode.HALF_UP);
    }
}
