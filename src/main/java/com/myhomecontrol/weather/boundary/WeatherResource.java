package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.boundary.ApiProblems;
import com.myhomecontrol.platform.boundary.JsonStream;
import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.JsonColumns;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.platform.entity.TimestampFormat;
import com.myhomecontrol.weather.control.WeatherHistoryQuery;
import com.myhomecontrol.weather.control.WeatherStations;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherBucket;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.weather.entity.WeatherSeries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("weather")
@Tag(name = "Weather", description = "Readings of the Netatmo station modules and their history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WeatherResource {

    @Inject
    WeatherStations stations;

    @Inject
    WeatherHistoryQuery history;

    @Inject
    TimestampParser timestamps;

    @GET
    @Path("stations")
    @Operation(summary = "Station modules with readings", description = "Each station module with its first and last "
            + "timestamp and the number of readings kept.")
    public List<WeatherSeries> stations() {
        return stations.all();
    }

    /** The newest reading of each station module, with every stored field (unmeasured ones null). */
    @GET
    @Path("latest")
    @Operation(summary = "The newest reading of each station module", description = "Every stored field; those the "
            + "module does not measure null.")
    public List<WeatherReading> latest() {
        return stations.latest();
    }

    /** Everything is checked before the answer is streamed; see JsonStream. */
    @GET
    @Path("history")
    @Operation(summary = "A station module's history of one metric", description = "Raw values or UTC-aligned "
            + "buckets of min, avg and max; readings without the metric are left out. Raw answers hold at most 100,000 "
            + "points.")
    @APIResponse(responseCode = "200", description = "{station_id, module_type, metric, start, end, bucket, points, "
            + "raw_retained_since}; raw points {timestamp, value}, bucketed points {timestamp, min, avg, max, count}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @MeasuredRequest(operation = "history", kind = "weather")
    public Response history(@Parameter(description = "The station", required = true) @QueryParam("station_id") String stationId,
                            @Parameter(description = "The module: indoor, outdoor, extra_<name>, ...", required = true)
                            @QueryParam("module_type") String moduleType,
                            @Parameter(description = "The metric", required = true, schema = @Schema(enumeration = {"temperature", "humidity", "co2", "pressure", "noise", "wind", "gust", "rain", "rain_1h", "rain_24h"}))
                            @QueryParam("metric") String metricName,
                            @Parameter(description = "The last hours; or start and end instead", schema = @Schema(
                                    type = SchemaType.INTEGER, minimum = "1", maximum = "87840", defaultValue = "24"))
                            @QueryParam("hours") String hours,
                            @Parameter(description = "Start, inclusive: ISO-8601 with offset, or epoch seconds")
                            @QueryParam("start") String start,
                            @Parameter(description = "End, exclusive (default now): ISO-8601 with offset, or epoch seconds")
                            @QueryParam("end") String end,
                            @Parameter(description = "Raw values or UTC-aligned buckets", schema = @Schema(
                                    enumeration = {"raw", "1m", "5m", "1h", "1d"}, defaultValue = "raw"))
                            @QueryParam("bucket") String bucketName) {
        String station = Identifiers.require(stationId, "station_id");
        String module = Identifiers.require(moduleType, "module_type");
        Metric metric = Metric.parse(metricName, "metric");
        Bucket bucket = Bucket.parse(bucketName);
        var range = new TimeRangeParser(timestamps).parse(hours, start, end, 24).alignedTo(bucket);
        stations.require(station, module);
        Instant rawRetainedSince = history.rawRetainedSince().orElse(null);
        if (bucket != Bucket.RAW) {
            List<WeatherBucket> buckets = history.buckets(station, module, metric, range, bucket);
            return answer(station, module, metric, range, bucket, rawRetainedSince, points -> buckets.forEach(point -> point.writeTo(points)));
        }
        HistoryLimits.requireRaw(range, count -> history.holdsMoreThan(station, module, metric, range, count));
        return answer(station, module, metric, range, bucket, rawRetainedSince,
                points -> history.writeRaw(station, module, metric, range, TimestampFormat.ISO, points));
    }

    private static Response answer(String station, String module, Metric metric, TimeRange range, Bucket bucket,
                                   Instant rawRetainedSince, JsonStream.Body points) {
        return JsonStream.ok(json -> {
            json.writeStartObject();
            json.writeStringProperty("station_id", station);
            json.writeStringProperty("module_type", module);
            json.writeStringProperty("metric", metric.label());
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
