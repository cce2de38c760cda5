package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonFields;
import com.myhomecontrol.platform.control.JsonItems;
import com.myhomecontrol.platform.control.TimestampParser;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Turns the JSON of posted energy readings into readings, or names every field that is wrong. */
public class EnergyReadingParser {

    private static final List<String> MEASUREMENTS = List.of("power_w", "voltage_v", "current_a",
            "daily_energy_kwh", "monthly_energy_kwh", "power_state");
    private static final Set<String> FIELDS = Set.of("device_id", "timestamp", "power_w", "voltage_v", "current_a",
            "daily_energy_kwh", "monthly_energy_kwh", "power_state");

    /** Far above any household socket (a P115 is rated 3.68 kW): larger values are unit mistakes. */
    static final double MAX_POWER_W = 100_000;
    static final double MAX_VOLTAGE_V = 1_000;
    static final double MAX_CURRENT_A = 1_000;
    static final double MAX_ENERGY_KWH = 1_000_000_000;

    private final TimestampParser timestamps;

    public EnergyReadingParser(TimestampParser timestamps) {
        this.timestamps = timestamps;
    }

    public List<EnergyReading> parse(JsonBodyReader.Items items) {
        return JsonItems.map(items, timestamps, EnergyReadingParser::reading);
    }

    private static EnergyReading reading(JsonFields fields) {
        fields.rejectUnknown(FIELDS);
        fields.requireAnyOf(MEASUREMENTS);
        String deviceId = fields.id("device_id");
        Instant timestamp = fields.timestamp("timestamp");
        return new EnergyReading(deviceId, timestamp == null ? 0 : timestamp.getEpochSecond(),
                fields.number("power_w", 0, MAX_POWER_W),
                fields.number("voltage_v", 0, MAX_VOLTAGE_V),
                fields.number("current_a", 0, MAX_CURRENT_A),
                fields.number("daily_energy_kwh", 0, MAX_ENERGY_KWH),
                fields.number("monthly_energy_kwh", 0, MAX_ENERGY_KWH),
                fields.onOff("power_state"));
    }
}
