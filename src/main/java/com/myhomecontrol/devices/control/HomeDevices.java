package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.stream.Stream;

/** Every device the server polls, plugs first, then the Netatmo account. */
@ApplicationScoped
public class HomeDevices {

    @Inject
    HomePlugs plugs;

    @Inject
    HomeNetatmo netatmo;

    public List<PolledDevice> all() {
        return Stream.concat(plugs.all().stream(), netatmo.account().stream()).toList();
    }

    public List<DeviceStatus> statuses() {
        return all().stream().map(PolledDevice::status).toList();
    }
}
