package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.devices.entity.PlugReading;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The plug's units (mW, Wh, mV, mA) in the units the time series keep (W, kWh, V, A).
 */
final class PlugReadings {

    private PlugReadings() {
    }

    static PlugReading of(Instant polledAt, JsonObject deviceInfo, JsonObject energyUsage, JsonObject emeterData) {
        return new PlugReading(
                polledAt.truncatedTo(ChronoUnit.SECONDS),
                deviceInfo.getBoolean("device_on"),
                milli(energyUsage, "current_power"),
                milli(energyUsage, "today_energy"),
                milli(energyUsage, "month_energy"),
                measured(emeterData, "voltage_mv"),
                measured(emeterData, "current_ma"));
    }

    static List<HourlyEnergy> hourly(JsonObject energyData) {
        Instant start = Instant.ofEpochSecond(energyData.getJsonNumber("start_timestamp").longValue());
        JsonArray data = energyData.getJsonArray("data");
        List<HourlyEnergy> hours = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            hours.add(new HourlyEnergy(start.plus(i, ChronoUnit.HOURS), data.getJsonNumber(i).doubleValue() / 1000));
        }
        return hours;
    }

    private static double milli(JsonObject object, String field) {
        return object.getJsonNumber(field).doubleValue() / 1000;
    }

    private static Double measured(JsonObject emeterData, String field) {
        return emeterData != null && emeterData.containsKey(field) ? milli(emeterData, field) : null;
    }
}
