package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.ModuleState;
import com.myhomecontrol.devices.entity.NetatmoModuleStatus;
import com.myhomecontrol.devices.entity.PlugDescription;

import java.time.Duration;
import java.util.List;

/** The Netatmo account the server polls: its client, what its polls came to and its modules as last seen. */
public final class PolledNetatmo extends PolledDevice {

    public static final String DEVICE_ID = "netatmo";
    static final String KIND = "netatmo";
    static final String PROTOCOL = "netatmo_api";

    private final NetatmoClient client;
    private final boolean emulated;
    private final NetatmoGapFiller gaps = new NetatmoGapFiller();
    private volatile List<ModuleState> modules = List.of();

    public PolledNetatmo(NetatmoClient client, Duration interval, boolean emulated) {
        super(interval);
        this.client = client;
        this.emulated = emulated;
    }

    @Override
    public String deviceId() {
        return DEVICE_ID;
    }

    NetatmoClient client() {
        return client;
    }

    NetatmoGapFiller gaps() {
        return gaps;
    }

    void seen(List<NetatmoModuleStatus> seen) {
        modules = seen.stream().map(ModuleState::of).toList();
    }

    @Override
    public DeviceStatus status() {
        return state().status(DEVICE_ID, KIND, PROTOCOL, emulated, PlugDescription.UNKNOWN, modules);
    }
}
