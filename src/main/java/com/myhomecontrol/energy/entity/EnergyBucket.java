package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.control.JsonColumns;
import tools.jackson.core.JsonGenerator;

import java.time.Instant;

/**
 * The readings of one bucket summarised. energy_kwh is what was consumed within the bucket:
 * from the plug's daily counter where it has one, else by integrating power over time.
 */
public record EnergyBucket(Instant timestamp, Double powerWMin, Double powerWAvg, Double powerWMax,
                           double energyKwh, long count) {

    /** As history answers it. */
    public void writeTo(JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("timestamp", timestamp.toString());
        JsonColumns.write(json, "power_w_min", powerWMin);
        JsonColumns.write(json, "power_w_avg", powerWAvg);
        JsonColumns.write(json, "power_w_max", powerWMax);
        json.writeNumberProperty("energy_kwh", Kilowatthours.shown(energyKwh));
        json.writeNumberProperty("count", count);
        json.writeEndObject();
    }
}
