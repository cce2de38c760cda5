package com.myhomecontrol.weather.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The values of a metric within one bucket, summarised. */
@JsonbPropertyOrder({"timestamp", "min", "avg", "max", "count"})
public record WeatherBucket(Instant timestamp, double min, double avg, double max, long count) {
}
