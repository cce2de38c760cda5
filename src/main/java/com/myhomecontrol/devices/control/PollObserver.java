package com.myhomecontrol.devices.control;

/** Told of every poll that asked a device, with what it came to, for the metrics; must be quick and must not throw. */
@FunctionalInterface
public interface PollObserver {

    PollObserver NONE = (deviceId, outcome) -> {
    };

    /** {@code outcome}: the device state the poll left (online, degraded, offline, error, auth_failed, rate_limited) or not_stored. */
    void polled(String deviceId, String outcome);
}
