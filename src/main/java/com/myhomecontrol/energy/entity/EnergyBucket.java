package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.control.JsonColumns;
import jakarta.json.stream.JsonGenerator;

import java.time.Instant;

/**
 * The readings of one bucket summarised. energy_kwh is what was consumed within the bucket:
 * from the plug's daily counter where it has one, else by integrating power over time.
 */
public record EnergyBucket(Instant timestamp, Double powerWMin, Double powerWAvg, Double powerWMax,
                           double energyKwh, long count) {

    /** As history answers it. */
    public void writeTo(JsonGenerator json) {
        json.writeStartObject().write("timestamp", timestamp.toString());
        JsonColumns.write(json, "power_w_min", powerWMin);
        JsonColumns.write(json, "power_w_avg", powerWAvg);
        JsonColumns.write(json, "power_w_max", powerWMax);
        json.write("energy_kwh", energyKwh).write("count", count).writeEnd();
    }
}
