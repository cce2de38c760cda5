package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One plug the server polls: its client and what its polls came to. */
public final class PolledPlug implements PolledDevice {

    static final String KIND = "tapo_p115";

    private final String deviceId;
    private final TapoPlugClient client;
    private final boolean emulated;
    private final PollState state;

    public PolledPlug(String deviceId, TapoPlugClient client, Duration interval, boolean emulated) {
        this.deviceId = deviceId;
        this.client = client;
        this.emulated = emulated;
        this.state = new PollState(interval);
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public Duration interval() {
        return state.interval();
    }

    @Override
    public PollState state() {
        return state;
    }

    TapoPlugClient client() {
        return client;
    }

    @Override
    public void scheduled(Instant next) {
        state.scheduled(next);
    }

    @Override
    public DeviceStatus status() {
        return state.status(deviceId, KIND, protocolName(client.protocol()), emulated, List.of());
    }

    private static String protocolName(String protocol) {
        return "securePassthrough".equals(protocol) ? "secure_passthrough" : protocol;
    }
}
