package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.PlugDescription;

import java.time.Duration;
import java.util.List;

/** One plug the server polls: its client, what its polls came to, and how it last described itself. */
public final class PolledPlug extends PolledDevice {

    static final String KIND = "tapo_p115";

    private final String deviceId;
    private final TapoPlugClient client;
    private final boolean emulated;
    private volatile PlugDescription description = PlugDescription.UNKNOWN;

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

    /** Kept until the plug describes itself again: a poll whose get_device_info failed does not forget the model. */
    void described(PlugDescription described) {
        if (described != null) {
            description = described;
        }
    }

    @Override
    public DeviceStatus status() {
        return state().status(deviceId, KIND, protocolName(client.protocol()), emulated, description, List.of());
    }

    private static String protocolName(String protocol) {
        return "securePassthrough".equals(protocol) ? "secure_passthrough" : protocol;
    }
}
