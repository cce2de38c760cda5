package com.myhomecontrol.devices.entity;

import java.time.Instant;

/** A device's state as the server that polled it last told the others, and when that poll was. */
public record SharedDeviceState(DeviceStatus status, Instant polledAt, String server) {
}
