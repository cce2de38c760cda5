package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.energy.control.EnergyReadingParser;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.WriteReceipt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

@Path("energy/readings")
@Tag(name = "Energy")
@RequestScoped
public class EnergyReadingsResource {

    @Inject
    JsonBodyReader bodyReader;

    @Inject
    TimestampParser timestamps;

    @Inject
    EnergyReadingStore store;

    /** One reading or an array of up to 10,000, stored all or nothing; answered once committed. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store energy readings", description = "One reading or an array of up to "
            + "HOMECONTROL_MAX_BATCH_ITEMS (10,000), checked whole: one bad item refuses all. A reading for a device "
            + "and second already stored merges into it. Answered once committed to disk.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "A reading {device_id, timestamp (ISO-8601 with offset, or epoch "
            + "seconds), power_w, voltage_v, current_a, daily_energy_kwh, monthly_energy_kwh, power_state}, or an "
            + "array of them; rules in docs/api.md, Energy reading")))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    @MeasuredRequest(operation = "ingest", kind = "energy")
    public WriteReceipt store(InputStream body) {
        var readings = new EnergyReadingParser(timestamps).parse(bodyReader.read(body));
        store.store(readings);
        return new WriteReceipt(readings.size());
    }
}
