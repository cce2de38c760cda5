package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.weather.control.WeatherHistoryQuery;
import com.myhomecontrol.weather.control.WeatherStations;
import com.myhomecontrol.weather.entity.HistoricalRange;
import com.myhomecontrol.weather.entity.Metric;
import com.myhomecontrol.weather.entity.StationHistorical;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** The station history endpoint of the existing weather dashboards, same path, parameters and shape. */
@Path("weather/stations/{station_id}/historical")
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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StationHistorical historical(@PathParam("station_id") String stationId, @QueryParam("data_type") String dataType,
                                        @QueryParam("time_range") String timeRange, @QueryParam("module_type") String moduleType) {
        String station = Identifiers.require(stationId, "station_id");
        String module = moduleType == null ? DEFAULT_MODULE : Identifiers.require(moduleType, "module_type");
        Metric metric = Metric.parse(dataType, "data_type");
        HistoricalRange range = HistoricalRange.parse(timeRange);
        stations.require(station, module);
        var now = timestamps.now().truncatedTo(ChronoUnit.SECONDS);
        var window = new TimeRange(now.minus(range.duration()), now.plusSeconds(1)).alignedTo(range.bucket());
        List<StationHistorical.Point> points = range.bucket() == Bucket.RAW
                ? HistoryLimits.raw(limit -> history.raw(station, module, metric, window, limit)).stream()
                        .map(p -> new StationHistorical.Point(p.timestamp().getEpochSecond(), p.value())).toList()
                : history.buckets(station, module, metric, window, range.bucket()).stream()
                        .map(b -> new StationHistorical.Point(b.timestamp().getEpochSecond(), b.avg())).toList();
        return new StationHistorical(station, metric.label(), range.label(), points);
    }
}
