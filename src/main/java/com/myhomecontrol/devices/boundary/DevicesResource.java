package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.DevicesConfiguration;
import com.myhomecontrol.devices.control.DevicesFileParser;
import com.myhomecontrol.devices.control.DevicesJson;
import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.platform.boundary.ApiProblems;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/** The devices polled, and, for an admin, the devices file's configuration, changed while the server runs. */
@Path("devices")
@Tag(name = "Devices", description = "The plugs and the Netatmo account polled, and their configuration")
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
    @Operation(summary = "The devices polled", description = "The plugs in the order of the devices file, then the "
            + "Netatmo account: status, protocol, what a degraded plug misses and why, last success and error, next poll.")
    public List<DeviceStatus> devices() {
        return devices.statuses();
    }

    @POST
    @Path("{device_id}/poll")
    @Operation(summary = "Poll a device now", description = "After a poll of it that is running, never beside it.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public DeviceStatus poll(@Parameter(description = "The plug, or netatmo for the Netatmo account") @PathParam("device_id") String deviceId) {
        return devices.pollNow(Identifiers.require(deviceId, "device_id"));
    }

    @GET
    @Path("config")
    @RolesAllowed(ADMIN)
    @Operation(summary = "The devices' configuration", description = "As the devices file was last read or written: "
            + "{tapo_plugs: [{device_id, host, poll_seconds}], netatmo: {enabled, poll_seconds}}.")
    public JsonObject configuration() {
        return DevicesJson.toJson(configuration.current());
    }

    @PUT
    @Path("config")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Replace the devices' configuration", description = "Checked by the rules of the devices file, "
            + "in effect at once and written to DEVICES_FILE; answers the new configuration.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "A whole devices file: {tapo_plugs: [{device_id, host, poll_seconds}], "
            + "netatmo: {enabled, poll_seconds}}")))
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public JsonObject replace(InputStream body) {
        return DevicesJson.toJson(configuration.replace(new DevicesFileParser(BODY).parse(bodyReader.text(body))));
    }

    @POST
    @Path("plugs")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a plug", description = "After the others; answers the new configuration.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "{device_id, host, poll_seconds}")))
    @APIResponse(responseCode = "201", description = "The new configuration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response addPlug(InputStream body) {
        var added = configuration.add(new DevicesFileParser(BODY).parsePlug(bodyReader.text(body)));
        return Response.status(Response.Status.CREATED).entity(DevicesJson.toJson(added)).build();
    }

    @DELETE
    @Path("{device_id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Stop polling a device", description = "Removes the plug, or disables netatmo; what was "
            + "stored of it stays.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response remove(@Parameter(description = "The plug, or netatmo for the Netatmo account") @PathParam("device_id") String deviceId) {
        configuration.remove(Identifiers.require(deviceId, "device_id"));
        return Response.noContent().build();
    }

    @POST
    @Path("reload")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Read the devices file again", description = "After a hand edit; applied as a replacement "
            + "would be, without rewriting it. A file that breaks a rule is refused with its line and field.")
    @APIResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public JsonObject reload() {
        return DevicesJson.toJson(configuration.reload());
    }
}
