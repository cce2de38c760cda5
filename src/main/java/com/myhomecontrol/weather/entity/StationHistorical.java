package com.myhomecontrol.weather.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The historical answer the existing weather dashboards read; timestamps in epoch seconds. */
@JsonbPropertyOrder({"stationId", "dataType", "timeRange", "dataPoints"})
public record StationHistorical(String stationId, String dataType, String timeRange, List<Point> dataPoints) {

    @JsonbPropertyOrder({"timestamp", "value"})
    public record Point(long timestamp, double value) {
    }
}
