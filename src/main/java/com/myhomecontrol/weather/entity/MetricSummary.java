package com.myhomecontrol.weather.entity;

/** The values of one metric within one UTC-aligned period (a row of weather_5m or weather_hourly). */
public record MetricSummary(long start, long count, double sum, double min, double max) {
}
