package com.myhomecontrol.devices.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A polled device as the API shows it. protocol is "klap" or "secure_passthrough" once a plug
 * has answered, "unknown" before, and "netatmo_api" for a Netatmo account; the instants are null
 * until they happen. problems name the fields the last poll left unknown, and why. The plug's own
 * description (model to measures) is null until it answered, and for the Netatmo account; modules
 * are the account's weather modules, none for a plug.
 */
@JsonbPropertyOrder({"deviceId", "kind", "protocol", "emulated", "status", "lastSuccess", "lastError", "nextPoll", "readingsStored",
        "problems", "model", "hardwareVersion", "firmwareVersion", "nickname", "mac", "components", "measures", "modules"})
public record DeviceStatus(String deviceId, String kind, String protocol, boolean emulated, String status,
                           Instant lastSuccess, String lastError, Instant nextPoll, long readingsStored, List<String> problems,
                           String model, String hardwareVersion, String firmwareVersion, String nickname, String mac,
                           List<PlugComponent> components, List<String> measures,
                           List<ModuleState> modules) {

    /** A factory, not a second constructor: JSON-B makes a record from JSON only through its one constructor (shared device states). */
    public static DeviceStatus of(String deviceId, String kind, String protocol, boolean emulated, String status,
                                  Instant lastSuccess, String lastError, Instant nextPoll, long readingsStored, List<String> problems,
                                  PlugDescription plug, List<ModuleState> modules) {
        return new DeviceStatus(deviceId, kind, protocol, emulated, status, lastSuccess, lastError, nextPoll, readingsStored, problems,
                plug.model(), plug.hardwareVersion(), plug.firmwareVersion(), plug.nickname(), plug.mac(), plug.components(),
                plug.measures(), modules);
    }
}
