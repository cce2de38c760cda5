package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyDevices;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.control.EnergySummaryQuery;
import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.energy.entity.EnergySummary;
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

import java.time.Instant;
import java.util.List;

@Path("energy")
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
    public List<EnergyDevice> devices() {
        return devices.all();
    }

    @GET
    @Path("devices/{device_id}/latest")
    public EnergyReading latest(@PathParam("device_id") String deviceId) {
        return devices.latest(Identifiers.require(deviceId, "device_id"));
    }

    /** Each plug's latest power and today's and this month's kWh, days in the time zone {@code tz} (UTC when absent). */
    @GET
    @Path("summary")
    public List<EnergySummary> summary(@QueryParam("tz") String zone) {
        return summaries.all(TimeZones.parse(zone, "tz"), timestamps.now());
    }

    /** Everything is checked before the answer is streamed; see JsonStream. */
    @GET
    @Path("history")
    @MeasuredRequest(operation = "history", kind = "energy")
    public Response history(@QueryParam("device_id") String deviceId, @QueryParam("hours") String hours,
                            @QueryParam("start") String start, @QueryParam("end") String end,
                            @QueryParam("bucket") String bucketName, @QueryParam("fields") String fieldNames) {
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
            json.writeStartObject().write("device_id", id).write("start", range.start().toString())
                    .write("end", range.end().toString()).write("bucket", bucket.label()).writeStartArray("points");
            points.write(json);
            json.writeEnd();
            JsonColumns.write(json, "raw_retained_since", rawRetainedSince);
            json.writeEnd();
        });
    }
}
