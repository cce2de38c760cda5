package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;

import java.time.Duration;
import java.util.List;

/** One plug the server polls: its client and what its polls came to. */
public final class PolledPlug extends PolledDevice {

    static final String KIND = "tapo_p115";

    private final String deviceId;
    private final TapoPlugClient client;
    private final boolean emulated;

    public PolledPlug(String deviceId, TapoPlugClient client, Duration interval, boolean emulated) {
        super(interval);
        this.deviceId = deviceId;
        this.client = client;
        this.emulated = emulated;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    TapoPlugClient client() {
        return client;
    }

    @Override
    public DeviceStatus status() {
        return state().status(deviceId, KIND, protocolName(client.protocol()), emulated, List.of());
    }

    private static String protocolName(String protocol) {
        return "securePassthrough".equals(protocol) ? "secure_passthrough" : protocol;
    }
}
