package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.DevicesConfiguration;
import com.myhomecontrol.devices.control.DevicesFileParser;
import com.myhomecontrol.devices.control.DevicesJson;
import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.JsonBodyReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.List;

/** The devices polled, and, for an admin, the devices file's configuration, changed while the server runs. */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    private static final String BODY = "body";
    private static final String ADMIN = "admin";

    @Inject
    HomeDevices devices;

    @Inject
    DevicesConfiguration configuration;

    @Inject
    JsonBodyReader bodyReader;

    @GET
    public List<DeviceStatus> devices() {
        return devices.statuses();
    }

    @POST
    @Path("{device_id}/poll")
    public DeviceStatus poll(@PathParam("device_id") String deviceId) {
        return devices.pollNow(Identifiers.require(deviceId, "device_id"));
    }

    @GET
    @Path("config")
    @RolesAllowed(ADMIN)
    public JsonObject configuration() {
        return DevicesJson.toJson(configuration.current());
    }

    @PUT
    @Path("config")
    @RolesAllowed(ADMIN)
    public JsonObject replace(InputStream body) {
        return DevicesJson.toJson(configuration.replace(new DevicesFileParser(BODY).parse(bodyReader.text(body))));
    }

    @POST
    @Path("plugs")
    @RolesAllowed(ADMIN)
    public Response addPlug(InputStream body) {
        var added = configuration.add(new DevicesFileParser(BODY).parsePlug(bodyReader.text(body)));
        return Response.status(Response.Status.CREATED).entity(DevicesJson.toJson(added)).build();
    }

    @DELETE
    @Path("{device_id}")
    @RolesAllowed(ADMIN)
    public Response remove(@PathParam("device_id") String deviceId) {
        configuration.remove(Identifiers.require(deviceId, "device_id"));
        return Response.noContent().build();
    }

    @POST
    @Path("reload")
    @RolesAllowed(ADMIN)
    public JsonObject reload() {
        return DevicesJson.toJson(configuration.reload());
    }
}
