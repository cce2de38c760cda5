package com.myhomecontrol.weather.boundary;

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

import java.time.Instant;

import java.util.List;

@Path("weather")
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
    public List<WeatherSeries> stations() {
        return stations.all();
    }

    /** The newest reading of each station module, with every stored field (unmeasured ones null). */
    @GET
    @Path("latest")
    public List<WeatherReading> latest() {
        return stations.latest();
    }

    /** Everything is checked before the answer is streamed; see JsonStream. */
    @GET
    @Path("history")
    @MeasuredRequest(operation = "history", kind = "weather")
    public Response history(@QueryParam("station_id") String stationId, @QueryParam("module_type") String moduleType,
                            @QueryParam("metric") String metricName, @QueryParam("hours") String hours,
                            @QueryParam("start") String start, @QueryParam("end") String end,
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
            json.writeStartObject().write("station_id", station).write("module_type", module).write("metric", metric.label())
                    .write("start", range.start().toString()).write("end", range.end().toString())
                    .write("bucket", bucket.label()).writeStartArray("points");
            points.write(json);
            json.writeEnd();
            JsonColumns.write(json, "raw_retained_since", rawRetainedSince);
            json.writeEnd();
        });
    }
}
