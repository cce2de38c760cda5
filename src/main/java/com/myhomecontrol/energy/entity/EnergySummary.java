package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/** A plug at a glance: its latest reading's time and power, and what it consumed today and this month. */
@JsonbPropertyOrder({"deviceId", "timestamp", "powerW", "todayKwh", "monthKwh"})
public record EnergySummary(String deviceId, Instant timestamp, Double powerW, double todayKwh, double monthKwh) {

    public EnergySummary {
        todayKwh = Kilowatthours.shown(todayKwh);
        monthKwh = Kilowatthours.shown(monthKwh);
    }
}
