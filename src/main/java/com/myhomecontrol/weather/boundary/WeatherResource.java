package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimeRangeParser;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.weather.control.WeatherHistoryQuery;
import com.myhomecontrol.weather.control.WeatherStations;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.WeatherHistory;
import com.myhomecontrol.weather.entity.WeatherSeries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Path("history")
    public WeatherHistory history(@QueryParam("station_id") String stationId, @QueryParam("module_type") String moduleType,
                                  @QueryParam("metric") String metricName, @QueryParam("hours") String hours,
                                  @QueryParam("start") String start, @QueryParam("end") String end,
                                  @QueryParam("bucket") String bucketName) {
        String station = Identifiers.require(stationId, "station_id");
        String module = Identifiers.require(moduleType, "module_type");
        Metric metric = Metric.parse(metricName, "metric");
        Bucket bucket = Bucket.parse(bucketName);
        var range = new TimeRangeParser(timestamps).parse(hours, start, end, 24).alignedTo(bucket);
        stations.require(station, module);
        List<?> points = bucket == Bucket.RAW
                ? HistoryLimits.raw(limit -> history.raw(station, module, metric, range, limit))
                : history.buckets(station, module, metric, range, bucket);
        return new WeatherHistory(station, module, metric.label(), range.start(), range.end(), bucket.label(), points,
                history.rawRetainedSince().orElse(null));
    }
}
