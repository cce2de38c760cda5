package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.DevicePoller;
import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.control.HomeNetatmo;
import com.myhomecontrol.devices.control.HomePlugs;
import com.myhomecontrol.devices.control.NetatmoPoller;
import com.myhomecontrol.devices.control.PlugPoller;
import com.myhomecontrol.devices.control.PollTimers;
import com.myhomecontrol.devices.control.PolledDevice;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * The devices' poll timers (see {@link PollTimers}). The timeout only hands the poll on, so
 * timers never wait for a device.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DevicePollTimers {

    @Resource
    TimerService timers;

    @Inject
    PollTimers pollTimers;

    @Inject
    HomeDevices home;

    @Inject
    HomePlugs plugs;

    @Inject
    PlugPoller plugPoller;

    @Inject
    HomeNetatmo netatmo;

    @Inject
    NetatmoPoller netatmoPoller;

    @PostConstruct
    void schedule() {
        List<PolledDevice> devices = home.all();
        Map<String, Timer> scheduled = pollTimers.schedule(timers, devices);
        devices.forEach(device -> device.scheduled(scheduled.get(device.deviceId()).getNextTimeout().toInstant()));
    }

    @Timeout
    void poll(Timer timer) {
        String deviceId = (String) timer.getInfo();
        plugs.find(deviceId).ifPresent(plug -> poll(timer, plug, plugPoller));
        netatmo.find(deviceId).ifPresent(account -> poll(timer, account, netatmoPoller));
    }

    private static <D extends PolledDevice> void poll(Timer timer, D device, DevicePoller<D> poller) {
        device.scheduled(timer.getNextTimeout().toInstant());
        poller.pollInBackground(device);
    }
}
