package com.myhomecontrol.weather.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * History of one metric of one station module: raw values or buckets, in time order.
 * rawRetainedSince is from when raw readings are kept (null until retention deletes some); buckets
 * before it come from the statistics.
 */
@JsonbPropertyOrder({"stationId", "moduleType", "metric", "start", "end", "bucket", "points", "rawRetainedSince"})
public record WeatherHistory(String stationId, String moduleType, String metric, Instant start, Instant end,
                             String bucket, List<?> points, Instant rawRetainedSince) {
}
