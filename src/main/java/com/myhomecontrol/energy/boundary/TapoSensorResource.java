package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyDevices;
import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.entity.TapoHistory;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The Tapo P115 history endpoint of the existing dashboards, same path, parameters and shape. */
@Path("sensors/tapo-p115/{device_id}/history")
@RequestScoped
public class TapoSensorResource {

    static final int MAX_HOURS = 168;

    @Inject
    EnergyDevices devices;

    @Inject
    EnergyHistoryQuery history;

    @Inject
    TimestampParser timestamps;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TapoHistory history(@PathParam("device_id") String deviceId, @QueryParam("hours") String hours) {
        String id = Identifiers.require(deviceId, "device_id");
        int h = hours == null ? 24 : TimeRangeParser.parseHours(hours, 1, MAX_HOURS);
        var range = new TimeRangeParser(timestamps).lastHours(h);
        devices.require(id);
        var points = HistoryLimits.raw(limit -> history.raw(id, range, limit)).stream()
                .map(r -> new TapoHistory.Point(r.getTimestamp(), r.getPowerW(), r.getVoltageV(), r.getCurrentA()))
                .toList();
        return new TapoHistory(id, h, points, points.size());
    }
}
