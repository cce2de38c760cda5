package com.myhomecontrol.devices.entity;

/**
 * One module of a station as getstationsdata saw it: netatmoType is Netatmo's (NAMain,
 * NAModule1..4), moduleType ours. Offline when unreachable or without dashboard_data; lastSeen
 * (epoch seconds) is null where not reported.
 */
public record NetatmoModuleStatus(String stationId, String moduleId, String moduleName, String netatmoType,
                                  String moduleType, boolean online, Long lastSeen) {

    public boolean isMainStation() {
        return moduleId.equals(stationId);
    }
}
