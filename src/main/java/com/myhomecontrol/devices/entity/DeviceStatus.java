package com.myhomecontrol.devices.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * A polled device as the API shows it. protocol is "klap" or "secure_passthrough" once the
 * device has answered, "unknown" before; the instants are null until they happen.
 */
@JsonbPropertyOrder({"deviceId", "kind", "protocol", "emulated", "status", "lastSuccess", "lastError", "nextPoll", "readingsStored"})
public record DeviceStatus(String deviceId, String kind, String protocol, boolean emulated, String status,
                           Instant lastSuccess, String lastError, Instant nextPoll, long readingsStored) {
}
