package com.myhomecontrol.devices.entity;

import java.util.Locale;

/**
 * How the last poll of a device went; PENDING until the first poll. DEGRADED: stored, with fields
 * left unknown by a method that failed; ERROR: the device answered, but not with its readings;
 * OFFLINE: it did not answer at all.
 */
public enum DeviceState {
    PENDING, ONLINE, DEGRADED, ERROR, OFFLINE, AUTH_FAILED, RATE_LIMITED;

    /** As the API names it: "auth_failed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
