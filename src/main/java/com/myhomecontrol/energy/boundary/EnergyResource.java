package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyDevices;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.EnergyHistory;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Path("history")
    public EnergyHistory history(@QueryParam("device_id") String deviceId, @QueryParam("hours") String hours,
                                 @QueryParam("start") String start, @QueryParam("end") String end,
                                 @QueryParam("bucket") String bucketName) {
        String id = Identifiers.require(deviceId, "device_id");
        Bucket bucket = Bucket.parse(bucketName);
        var range = new TimeRangeParser(timestamps).parse(hours, start, end, 24).alignedTo(bucket);
        devices.require(id);
        List<?> points = bucket == Bucket.RAW
                ? HistoryLimits.raw(limit -> history.raw(id, range, limit))
                : history.buckets(id, range, bucket);
        return new EnergyHistory(id, range.start(), range.end(), bucket.label(), points, history.rawRetainedSince().orElse(null));
    }
}
