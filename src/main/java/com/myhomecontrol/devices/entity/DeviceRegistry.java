package com.myhomecontrol.devices.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The devices of the home, as the devices file names them. */
public record DeviceRegistry(List<ConfiguredPlug> plugs, NetatmoSettings netatmo) {

    public static final DeviceRegistry EMPTY = new DeviceRegistry(List.of(), NetatmoSettings.DISABLED);

    /** No device configured: the platform may emulate a home instead. */
    public boolean isEmpty() {
        return plugs.isEmpty() && !netatmo.enabled();
    }

    public boolean namesPlug(String deviceId) {
        return plugs.stream().anyMatch(plug -> plug.deviceId().equals(deviceId));
    }

    /** The registry with {@code plug} added last. */
    public DeviceRegistry with(ConfiguredPlug plug) {
        List<ConfiguredPlug> more = new ArrayList<>(plugs);
        more.add(plug);
        return new DeviceRegistry(List.copyOf(more), netatmo);
    }

    /** The registry without the plug, or without the Netatmo account ({@code netatmoId}); empty when it names neither. */
    public Optional<DeviceRegistry> without(String deviceId, String netatmoId) {
        if (deviceId.equals(netatmoId) && netatmo.enabled()) {
            return Optional.of(new DeviceRegistry(plugs, new NetatmoSettings(false, netatmo.pollSeconds())));
        }
        if (!namesPlug(deviceId)) {
            return Optional.empty();
        }
        return Optional.of(new DeviceRegistry(plugs.stream().filter(plug -> !plug.deviceId().equals(deviceId)).toList(), netatmo));
    }
}
