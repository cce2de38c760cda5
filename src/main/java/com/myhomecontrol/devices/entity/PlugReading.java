package com.myhomecontrol.devices.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One poll of a plug. Only the power is sure to be known: every other field is null where the plug
 * does not measure it or the method that gives it failed.
 */
public record PlugReading(Instant polledAt, Boolean on, double powerW, Double dailyEnergyKwh, Double monthlyEnergyKwh,
                          Double voltageV, Double currentA) {

    /** The fields of the energy reading this one gives, as the API names them. */
    public List<String> measures() {
        List<String> measured = new ArrayList<>(List.of("power_w"));
        addIfKnown(measured, "voltage_v", voltageV);
        addIfKnown(measured, "current_a", currentA);
        addIfKnown(measured, "daily_energy_kwh", dailyEnergyKwh);
        addIfKnown(measured, "monthly_energy_kwh", monthlyEnergyKwh);
        addIfKnown(measured, "power_state", on);
        return measured;
    }

    private static void addIfKnown(List<String> measured, String field, Object value) {
        if (value != null) {
            measured.add(field);
        }
    }
}
