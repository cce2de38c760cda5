package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyDevices;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.control.EnergySummaryQuery;
import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.energy.entity.EnergySummary;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.JsonColumns;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimeZones;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.TimeRange;
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

import java.time.Instant;
import java.util.List;

@Path("energy")
@Tag(name = "Energy", description = "Readings of the smart plugs, their history and summaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnergyResource {

    @Inject
    EnergyDevices devices;

    @Inject
    EnergyHistoryQuery history;

    @Inject
    EnergySummaryQuery summaries;

    @Inject
    TimestampParser timestamps;

    @GET
    @Path("devices")
    @Operation(summary = "Plugs with readings", description = "Each device with its first and last timestamp and "
            + "the number of readings kept, ordered by device.")
    public List<EnergyDevice> devices() {
        return devices.all();
    }

    @GET
    @Path("devices/{device_id}/latest")
    @Operation(summary = "A plug's newest reading", description = "Every stored field; unknown ones null.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public EnergyReading latest(@Parameter(description = "The plug") @PathParam("device_id") String deviceId) {
        return devices.latest(Identifiers.require(deviceId, "device_id"));
    }

    /** Each plug's latest power and today's and this month's kWh, days in the time zone {@code tz} (UTC when absent). */
    @GET
    @Path("summary")
    @Operation(summary = "Each plug at a glance", description = "Latest power, and the kWh consumed today and this "
            + "month in the time zone tz, from the hourly statistics.")
    public List<EnergySummary> summary(@Parameter(description = "IANA time zone of today and this month, e.g. "
            + "Europe/Berlin", example = "Europe/Berlin", schema = @Schema(defaultValue = "UTC")) @QueryParam("tz") String zone) {
        return summaries.all(TimeZones.parse(zone, "tz"), timestamps.now());
    }

    /** Everything is checked before the answer is streamed; see JsonStream. */
    @GET
    @Path("history")
    @Operation(summary = "A plug's history", description = "Raw readings, or buckets of min, avg and max power "
            + "with the energy consumed (UTC-aligned; the range widens to whole buckets). Raw answers hold at most "
            + "100,000 points. raw_retained_since says from when raw readings are kept.")
    @APIResponse(responseCode = "200", description = "{device_id, start, end, bucket, points, raw_retained_since}; raw points "
            + "{device_id, timestamp, power_w, ...} (with fields: timestamp and those fields), bucketed points "
            + "{timestamp, power_w_min, power_w_avg, power_w_max, energy_kwh, count}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @MeasuredRequest(operation = "history", kind = "energy")
    public Response history(@Parameter(description = "The plug", required = true) @QueryParam("device_id") String deviceId,
                            @Parameter(description = "The last hours; or start and end instead", schema = @Schema(
                                    type = SchemaType.INTEGER, minimum = "1", maximum = "87840", defaultValue = "24"))
                            @QueryParam("hours") String hours,
                            @Parameter(description = "Start, inclusive: ISO-8601 with offset, or epoch seconds")
                            @QueryParam("start") String start,
                            @Parameter(description = "End, exclusive (default now): ISO-8601 with offset, or epoch seconds")
                            @QueryParam("end") String end,
                            @Parameter(description = "Raw readings or UTC-aligned buckets", schema = @Schema(
                                    enumeration = {"raw", "1m", "5m", "1h", "1d"}, defaultValue = "raw"))
                            @QueryParam("bucket") String bucketName,
                            @Parameter(description = "Raw only: the fields the points carry, comma-separated, of "
                                    + "power_w, voltage_v, current_a, daily_energy_kwh, monthly_energy_kwh, power_state",
                                    example = "power_w") @QueryParam("fields") String fieldNames) {
        String id = Identifiers.require(deviceId, "device_id");
        Bucket bucket = Bucket.parse(bucketName);
        List<EnergyField> fields = EnergyField.parse(fieldNames);
        if (fieldNames != null && bucket != Bucket.RAW) {
            throw new InvalidInputException("fields", "applies to raw history only; buckets have their own fields");
        }
        var range = new TimeRangeParser(timestamps).parse(hours, start, end, 24).alignedTo(bucket);
        devices.require(id);
        Instant rawRetainedSince = history.rawRetainedSince().orElse(null);
        if (bucket != Bucket.RAW) {
            List<EnergyBucket> buckets = history.buckets(id, range, bucket);
            return answer(id, range, bucket, rawRetainedSince, points -> buckets.forEach(point -> point.writeTo(points)));
        }
        HistoryLimits.requireRaw(range, count -> history.holdsMoreThan(id, range, count));
        return answer(id, range, bucket, rawRetainedSince,
                points -> history.writeRaw(id, range, fields, fieldNames == null, TimestampFormat.ISO, points));
    }

    private static Response answer(String id, TimeRange range, Bucket bucket, Instant rawRetainedSince, JsonStream.Body points) {
        return JsonStream.ok(json -> {
            json.writeStartObject();
            json.writeStringProperty("device_id", id);
            json.writeStringProperty("start", range.start().toString());
            json.writeStringProperty("end", range.end().toString());
            json.writeStringProperty("bucket", bucket.label());
            json.writeArrayPropertyStart("points");
            points.write(json);
            json.writeEndArray();
            JsonColumns.write(json, "raw_retained_since", rawRetainedSince);
            json.writeEndObject();
        });
    }
}
