package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.WriteReceipt;
import com.myhomecontrol.weather.control.WeatherReadingParser;
import com.myhomecontrol.weather.control.WeatherReadingStore;
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

@Path("weather/readings")
@Tag(name = "Weather")
@RequestScoped
public class WeatherReadingsResource {

    @Inject
    JsonBodyReader bodyReader;

    @Inject
    TimestampParser timestamps;

    @Inject
    WeatherReadingStore store;

    /** One reading or an array of up to 10,000, stored all or nothing; answered once committed. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store weather readings", description = "One reading or an array of up to "
            + "HOMECONTROL_MAX_BATCH_ITEMS (10,000), checked whole: one bad item refuses all. A reading for a station "
            + "module and second already stored merges into it. Answered once committed to disk.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, description = "A reading {station_id, module_type, timestamp (ISO-8601 with "
            + "offset, or epoch seconds), temperature_c, humidity_percent, co2_ppm, pressure_mbar, noise_db, "
            + "wind_strength_kmh, wind_angle_deg, gust_strength_kmh, gust_angle_deg, rain_mm, rain_1h_mm, rain_24h_mm}, "
            + "or an array of them; rules in docs/api.md, Weather reading")))
    @APIResponse(responseCode = "503", ref = ApiProblems.STORE_UNAVAILABLE)
    @MeasuredRequest(operation = "ingest", kind = "weather")
    public WriteReceipt store(InputStream body) {
        var readings = new WeatherReadingParser(timestamps).parse(bodyReader.read(body));
        store.store(readings);
        return new WriteReceipt(readings.size());
    }
}
