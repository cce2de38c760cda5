package com.myhomecontrol.weather.entity;

import java.time.Instant;

/** One raw value of a metric. */
public record WeatherPoint(Instant timestamp, double value) {
}
