package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.platform.control.Identifiers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    @Inject
    HomeDevices devices;

    @GET
    public List<DeviceStatus> devices() {
        return devices.statuses();
    }

    @POST
    @Path("{device_id}/poll")
    public DeviceStatus poll(@PathParam("device_id") String deviceId) {
        return devices.pollNow(Identifiers.require(deviceId, "device_id"));
    }
}
