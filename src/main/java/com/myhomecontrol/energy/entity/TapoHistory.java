package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The history answer the existing Tapo P115 dashboards read; timestamps in epoch seconds. */
@JsonbPropertyOrder({"deviceId", "hours", "dataPoints", "count"})
public record TapoHistory(String deviceId, int hours, List<Point> dataPoints, int count) {

    @JsonbPropertyOrder({"timestamp", "powerW", "voltageV", "currentA"})
    public record Point(long timestamp, Double powerW, Double voltageV, Double currentA) {
    }
}
