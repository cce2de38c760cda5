package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.platform.entity.TimestampFormat;
import com.myhomecontrol.weather.control.WeatherHistoryQuery;
import com.myhomecontrol.weather.control.WeatherStations;
import com.myhomecontrol.weather.entity.HistoricalRange;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherBucket;
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

import java.time.temporal.ChronoUnit;
import java.util.List;

/** The station history endpoint of the existing weather dashboards, same path, parameters and shape. */
@Path("weather/stations/{station_id}/historical")
@Tag(name = "Compatibility")
@RequestScoped
public class StationHistoricalResource {

    /** The main station module, which the old clients meant when they named none. */
    static final String DEFAULT_MODULE = "indoor";

    @Inject
    WeatherStations stations;

    @Inject
    WeatherHistoryQuery history;

    @Inject
    TimestampParser timestamps;

    /** Everything is checked before the answer is streamed; see JsonStream. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A station's history, as the weather dashboard reads it", description = "Raw values up to 7d, "
            + "hourly averages for 30d, daily ones for 1y.")
    @APIResponse(responseCode = "200", description = "{station_id, data_type, time_range, data_points: [{timestamp, "
            + "value}]}, timestamps in epoch seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @MeasuredRequest(operation = "history", kind = "weather")
    public Response historical(@Parameter(description = "The station") @PathParam("station_id") String stationId,
                               @Parameter(description = "The metric", required = true, schema = @Schema(enumeration = {"temperature", "humidity", "co2", "pressure", "noise", "wind", "gust", "rain", "rain_1h", "rain_24h"}))
                               @QueryParam("data_type") String dataType,
                               @Parameter(description = "The range up to now", schema = @Schema(
                                       enumeration = {"1h", "6h", "24h", "7d", "30d", "1y"}, defaultValue = "24h"))
                               @QueryParam("time_range") String timeRange,
                               @Parameter(description = "The module", schema = @Schema(defaultValue = "indoor"))
                               @QueryParam("module_type") String moduleType) {
        String station = Identifiers.require(stationId, "station_id");
        String module = moduleType == null ? DEFAULT_MODULE : Identifiers.require(moduleType, "module_type");
        Metric metric = Metric.parse(dataType, "data_type");
        HistoricalRange range = HistoricalRange.parse(timeRange);
        stations.require(station, module);
        var now = timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        var window = new TimeRange(now.minus(range.duration()), now.plusSeconds(1)).alignedTo(range.bucket());
        JsonStream.Body points;
        if (range.bucket() == Bucket.RAW) {
            HistoryLimits.requireRaw(window, count -> history.holdsMoreThan(station, module, metric, window, count));
            points = json -> history.writeRaw(station, module, metric, window, TimestampFormat.EPOCH_SECONDS, json);
        } else {
            List<WeatherBucket> buckets = history.buckets(station, module, metric, window, range.bucket());
            points = json -> buckets.forEach(bucket -> {
                json.writeStartObject();
                json.writeNumberProperty("timestamp", bucket.timestamp().getEpochSecond());
                json.writeNumberProperty("value", bucket.avg());
                json.writeEndObject();
            });
        }
        return JsonStream.ok(json -> {
            json.writeStartObject();
            json.writeStringProperty("station_id", station);
            json.writeStringProperty("data_type", metric.label());
            json.writeStringProperty("time_range", range.label());
            json.writeArrayPropertyStart("data_points");
            points.write(json);
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
