package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.DevicePoller;
import com.myhomecontrol.devices.control.HomeNetatmo;
import com.myhomecontrol.devices.control.HomePlugs;
import com.myhomecontrol.devices.control.NetatmoPoller;
import com.myhomecontrol.devices.control.PlugPoller;
import com.myhomecontrol.devices.control.PolledDevice;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * One interval timer per device, at the device's poll interval. Non-persistent: a missed poll is
 * not worth catching up, the next one reads the plug's counters or the station's latest anyway.
 * The timeout only hands the poll on, so timers never wait for a device.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DevicePollTimers {

    private static final long FIRST_POLL_MILLIS = 1_000;

    @Resource
    TimerService timers;

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
        plugs.all().forEach(this::schedule);
        netatmo.account().ifPresent(this::schedule);
    }

    private void schedule(PolledDevice device) {
        Timer timer = timers.createIntervalTimer(FIRST_POLL_MILLIS, device.interval().toMillis(),
                new TimerConfig(device.deviceId(), false));
        device.scheduled(timer.getNextTimeout().toInstant());
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
