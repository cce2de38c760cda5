package com.myhomecontrol.energy.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * The readings of one bucket summarised. energy_kwh is what was consumed within the bucket:
 * from the plug's daily counter where it has one, else by integrating power over time.
 */
@JsonbPropertyOrder({"timestamp", "powerWMin", "powerWAvg", "powerWMax", "energyKwh", "count"})
public record EnergyBucket(Instant timestamp,
                           @JsonbProperty("power_w_min") Double powerWMin,
                           @JsonbProperty("power_w_avg") Double powerWAvg,
                           @JsonbProperty("power_w_max") Double powerWMax,
                           double energyKwh, long count) {
}
