package com.myhomecontrol.weather.entity;

import jakarta.json.stream.JsonGenerator;

import java.time.Instant;

/** The values of a metric within one bucket, summarised. */
public record WeatherBucket(Instant timestamp, double min, double avg, double max, long count) {

    /** As history answers it. */
    public void writeTo(JsonGenerator json) {
        json.writeStartObject().write("timestamp", timestamp.toString()).write("min", min).write("avg", avg)
                .write("max", max).write("count", count).writeEnd();
    }
}
