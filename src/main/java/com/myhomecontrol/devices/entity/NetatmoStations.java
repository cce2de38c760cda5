package com.myhomecontrol.devices.entity;

import java.util.List;

/** One getstationsdata answer: a reading per online module, and the status of every module. */
public record NetatmoStations(List<NetatmoReading> readings, List<NetatmoModuleStatus> modules) {

    /** The module a reading of this answer came from. */
    public NetatmoModuleStatus moduleOf(NetatmoReading reading) {
        return modules.stream()
                .filter(m -> m.stationId().equals(reading.stationId()) && m.moduleType().equals(reading.moduleType()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No module " + reading.moduleType() + " of " + reading.stationId()));
    }
}
