package com.myhomecontrol.devices.entity;

/** Whether the Netatmo account is polled, and how often. */
public record NetatmoSettings(boolean enabled, int pollSeconds) {

    public static final int DEFAULT_POLL_SECONDS = 600;
    public static final NetatmoSettings DISABLED = new NetatmoSettings(false, DEFAULT_POLL_SECONDS);
}
