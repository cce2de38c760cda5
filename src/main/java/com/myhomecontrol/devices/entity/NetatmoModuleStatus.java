package com.myhomecontrol.devices.entity;

/**
 * One module of a station as getstationsdata saw it: netatmoType is Netatmo's (NAMain,
 * NAModule1..4), moduleType ours. reachable as Netatmo says; online when reachable and with
 * dashboard_data. lastSeen (epoch seconds) and batteryPercent are null where not reported (the
 * main station has no battery).
 */
public record NetatmoModuleStatus(String stationId, String moduleId, String moduleName, String netatmoType,
                                  String moduleType, boolean reachable, boolean online, Long lastSeen, Integer batteryPercent) {

    public boolean isMainStation() {
        return moduleId.equals(stationId);
    }
}
