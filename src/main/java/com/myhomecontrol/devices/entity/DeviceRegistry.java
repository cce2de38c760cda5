package com.myhomecontrol.devices.entity;

import java.util.List;

/** The devices of the home, as the devices file names them. */
public record DeviceRegistry(List<ConfiguredPlug> plugs, NetatmoSettings netatmo) {

    public static final DeviceRegistry EMPTY = new DeviceRegistry(List.of(), NetatmoSettings.DISABLED);

    /** No device configured: the platform may emulate a home instead. */
    public boolean isEmpty() {
        return plugs.isEmpty() && !netatmo.enabled();
    }
}
