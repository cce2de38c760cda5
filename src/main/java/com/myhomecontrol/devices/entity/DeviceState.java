package com.myhomecontrol.devices.entity;

import java.util.Locale;

/** How the last poll of a device went; PENDING until the first poll. */
public enum DeviceState {
    PENDING, ONLINE, OFFLINE, AUTH_FAILED, RATE_LIMITED;

    /** As the API names it: "auth_failed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
