package com.myhomecontrol.weather.entity;

import tools.jackson.core.JsonGenerator;

import java.time.Instant;

/** The values of a metric within one bucket, summarised. */
public record WeatherBucket(Instant timestamp, double min, double avg, double max, long count) {

    /** As history answers it. */
    public void writeTo(JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("timestamp", timestamp.toString());
        json.writeNumberProperty("min", min);
        json.writeNumberProperty("avg", avg);
        json.writeNumberProperty("max", max);
        json.writeNumberProperty("count", count);
        json.writeEndObject();
    }
}
