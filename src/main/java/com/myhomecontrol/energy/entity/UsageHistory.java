package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The usage answer the existing dashboards read: energy of all devices per hour (period day) or
 * per UTC day (week, month), with each device's share. Timestamps in epoch seconds.
 */
@JsonbPropertyOrder({"period", "startDate", "endDate", "history"})
public record UsageHistory(String period, String startDate, String endDate, List<Entry> history) {

    @JsonbPropertyOrder({"timestamp", "date", "energyKwh", "devices"})
    public record Entry(long timestamp, String date, double energyKwh, Map<String, Double> devices) {

        public Entry {
            energyKwh = Kilowatthours.shown(energyKwh);
            devices = Kilowatthours.shown(devices);
        }
    }
}
