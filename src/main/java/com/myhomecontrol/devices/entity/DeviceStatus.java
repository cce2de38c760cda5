package com.myhomecontrol.devices.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A polled device as the API shows it. protocol is "klap" or "secure_passthrough" once a plug
 * has answered, "unknown" before, and "netatmo_api" for a Netatmo account; the instants are null
 * until they happen. modules are the account's weather modules, none for a plug.
 */
@JsonbPropertyOrder({"deviceId", "kind", "protocol", "emulated", "status", "lastSuccess", "lastError", "nextPoll", "readingsStored",
        "modules"})
public record DeviceStatus(String deviceId, String kind, String protocol, boolean emulated, String status,
                           Instant lastSuccess, String lastError, Instant nextPoll, long readingsStored,
                           List<ModuleState> modules) {
}
