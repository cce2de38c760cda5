package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonFields;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the JSON of posted energy readings into readings, or names every field that is wrong. */
public class EnergyReadingParser {

    static final Set<String> FIELDS = Set.of("device_id", "timestamp", "power_w", "voltage_v", "current_a",
            "daily_energy_kwh", "monthly_energy_kwh", "power_state");
    private static final Set<String> MEASUREMENTS = Set.of("power_w", "voltage_v", "current_a",
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
        List<FieldError> errors = new ArrayList<>();
        List<EnergyReading> readings = new ArrayList<>(items.objects().size());
        for (int i = 0; i < items.objects().size(); i++) {
            var object = items.objects().get(i);
            var fields = new JsonFields(object, items.path(i), errors, timestamps);
            fields.rejectUnknown(FIELDS);
            String deviceId = fields.id("device_id");
            Instant timestamp = fields.timestamp("timestamp");
            Double power = fields.number("power_w", 0, MAX_POWER_W);
            Double voltage = fields.number("voltage_v", 0, MAX_VOLTAGE_V);
            Double current = fields.number("current_a", 0, MAX_CURRENT_A);
            Double daily = fields.number("daily_energy_kwh", 0, MAX_ENERGY_KWH);
            Double monthly = fields.number("monthly_energy_kwh", 0, MAX_ENERGY_KWH);
            Boolean state = fields.onOff("power_state");
            if (MEASUREMENTS.stream().noneMatch(object::containsKey)) {
                fields.error("power_w", "a reading needs at least one of " + String.join(", ", MEASUREMENTS.stream().sorted().toList()));
            }
            if (errors.isEmpty()) {
                readings.add(new EnergyReading(deviceId, timestamp.getEpochSecond(), power, voltage, current, daily, monthly, state));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return readings;
    }
}
