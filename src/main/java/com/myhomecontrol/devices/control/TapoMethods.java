package com.myhomecontrol.devices.control;

import java.util.List;
import java.util.Map;

/**
 * The plug's methods a poll asks, and the fields of the energy reading each one gives: a failed
 * method leaves exactly those unknown.
 */
final class TapoMethods {

    static final String COMPONENT_NEGO = "component_nego";
    static final String DEVICE_INFO = "get_device_info";
    static final String ENERGY_USAGE = "get_energy_usage";
    static final String CURRENT_POWER = "get_current_power";
    static final String EMETER_DATA = "get_emeter_data";
    static final String ENERGY_DATA = "get_energy_data";
    static final String MULTIPLE_REQUEST = "multipleRequest";

    static final String ENERGY_MONITORING = "energy_monitoring";
    /** The hours a failed get_energy_data leaves without readings, named as a field would be. */
    private static final String HOURLY_BACKFILL = "hourly_backfill";

    private static final Map<String, List<String>> FIELDS = Map.of(
            DEVICE_INFO, List.of("power_state"),
            EMETER_DATA, List.of("voltage_v", "current_a"),
            ENERGY_DATA, List.of(HOURLY_BACKFILL));

    private TapoMethods() {
    }

    /** The fields only this method gives; none for one whose fields another method gives too. */
    static List<String> fieldsOf(String method) {
        return FIELDS.getOrDefault(method, List.of());
    }
}
