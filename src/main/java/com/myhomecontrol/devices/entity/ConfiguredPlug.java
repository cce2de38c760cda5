package com.myhomecontrol.devices.entity;

/** A Tapo plug named in the devices file: its id in the time series, where it answers, how often to poll it. */
public record ConfiguredPlug(String deviceId, String host, int port, int pollSeconds) {

    public static final int DEFAULT_PORT = 80;
    public static final int DEFAULT_POLL_SECONDS = 60;
}
