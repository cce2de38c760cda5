package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.HomeDevices;
import com.myhomecontrol.devices.control.PollSchedule;
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
import java.util.Set;

/**
 * The devices' poll timers (see {@link PollTimers}). The timeout only hands the poll on, so
 * timers never wait for a device.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DevicePollTimers implements PollSchedule {

    @Resource
    TimerService timers;

    @Inject
    PollTimers pollTimers;

    @Inject
    HomeDevices home;

    @PostConstruct
    void schedule() {
        List<PolledDevice> devices = home.all();
        scheduled(devices, pollTimers.schedule(timers, devices));
    }

    @Override
    public void reschedule(Set<String> stopped, List<PolledDevice> started, Runnable beforeCommit) {
        scheduled(started, pollTimers.reschedule(timers, stopped, started));
        beforeCommit.run();
    }

    @Timeout
    void poll(Timer timer) {
        if (timer.isPersistent()) {
            // A poll timer of a version before the poll claims, kept in the timer store: this start made its own.
            timer.cancel();
            return;
        }
        home.pollScheduled((String) timer.getInfo(), timer.getNextTimeout().toInstant());
    }

    private static void scheduled(List<PolledDevice> devices, Map<String, Timer> timers) {
        devices.forEach(device -> device.scheduled(timers.get(device.deviceId()).getNextTimeout().toInstant()));
    }
}
