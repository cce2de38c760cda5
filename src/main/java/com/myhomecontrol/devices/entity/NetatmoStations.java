package com.myhomecontrol.devices.entity;

import java.util.List;

/** One getstationsdata answer: a reading per online module, and the status of every module. */
public record NetatmoStations(List<NetatmoReading> readings, List<NetatmoModuleStatus> modules) {
}
