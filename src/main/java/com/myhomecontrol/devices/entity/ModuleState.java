package com.myhomecontrol.devices.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * One module of a weather station, as the API shows it: moduleType is ours (indoor, outdoor,
 * extra_bedroom, wind, rain), netatmoType Netatmo's; online when reachable and reporting.
 * batteryPercent is null for the main station, which has none; lastSeen null where not reported.
 */
@JsonbPropertyOrder({"moduleId", "moduleName", "moduleType", "netatmoType", "reachable", "online", "batteryPercent", "lastSeen"})
public record ModuleState(String moduleId, String moduleName, String moduleType, String netatmoType, boolean reachable,
                          boolean online, Integer batteryPercent, Instant lastSeen) {

    public static ModuleState of(NetatmoModuleStatus module) {
        return new ModuleState(module.moduleId(), module.moduleName(), module.moduleType(), module.netatmoType(),
                module.reachable(), module.online(), module.batteryPercent(),
                module.lastSeen() == null ? null : Instant.ofEpochSecond(module.lastSeen()));
    }
}
