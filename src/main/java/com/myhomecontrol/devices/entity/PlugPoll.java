package com.myhomecontrol.devices.entity;

import java.util.List;

/**
 * What one poll of a plug came to: its reading, the device as it described itself (null when
 * get_device_info failed this time), and the problems that left fields of the reading unknown.
 */
public record PlugPoll(PlugReading reading, PlugDescription description, List<String> problems) {
}
