package com.myhomecontrol.weather.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** History of one metric of one station module: raw values or buckets, in time order. */
@JsonbPropertyOrder({"stationId", "moduleType", "metric", "start", "end", "bucket", "points"})
public record WeatherHistory(String stationId, String moduleType, String metric, Instant start, Instant end,
                             String bucket, List<?> points) {
}
