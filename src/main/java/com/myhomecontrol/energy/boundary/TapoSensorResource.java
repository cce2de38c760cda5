package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyDevices;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.TimestampFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;

/** The Tapo P115 history endpoint of the existing dashboards, same path, parameters and shape. */
@Path("sensors/tapo-p115/{device_id}/history")
@Tag(name = "Compatibility", description = "The endpoints of the existing dashboards: same paths, parameters and shapes, epoch seconds")
@RequestScoped
public class TapoSensorResource {

    static final int MAX_HOURS = 168;
    private static final List<EnergyField> POINT_FIELDS = List.of(EnergyField.POWER_W, EnergyField.VOLTAGE_V, EnergyField.CURRENT_A);

    @Inject
    EnergyDevices devices;

    @Inject
    EnergyHistoryQuery history;

    @Inject
    TimestampParser timestamps;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plug's raw history, as the Tapo dashboard reads it")
    @APIResponse(responseCode = "200", description = "{device_id, hours, data_points: [{timestamp, power_w, voltage_v, "
            + "current_a}], count}, timestamps in epoch seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @MeasuredRequest(operation = "history", kind = "energy")
    public Response history(@Parameter(description = "The plug") @PathParam("device_id") String deviceId,
                            @Parameter(description = "The last hours", schema = @Schema(type = SchemaType.INTEGER,
                                    minimum = "1", maximum = "168", defaultValue = "24")) @QueryParam("hours") String hours) {
        String id = Identifiers.require(deviceId, "device_id");
        int h = hours == null ? 24 : TimeRangeParser.parseHours(hours, 1, MAX_HOURS);
        var range = new TimeRangeParser(timestamps).lastHours(h);
        devices.require(id);
        HistoryLimits.requireRaw(range, count -> history.holdsMoreThan(id, range, count));
        return JsonStream.ok(json -> {
            json.writeStartObject();
            json.writeStringProperty("device_id", id);
            json.writeNumberProperty("hours", h);
            json.writeArrayPropertyStart("data_points");
            int count = history.writeRaw(id, range, POINT_FIELDS, false, TimestampFormat.EPOCH_SECONDS, json);
            json.writeEndArray();
            json.writeNumberProperty("count", count);
            json.writeEndObject();
        });
    }
}
