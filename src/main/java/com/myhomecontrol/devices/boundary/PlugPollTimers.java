package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.devices.control.HomePlugs;
import com.myhomecontrol.devices.control.PlugPoller;
import com.myhomecontrol.devices.control.PolledPlug;
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
 * One interval timer per plug, at the plug's poll interval. Non-persistent: a missed poll is not
 * worth catching up, the next one reads the plug's counters anyway. The timeout only hands the
 * poll on, so timers never wait for a plug.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlugPollTimers {

    private static final long FIRST_POLL_MILLIS = 1_000;

    @Resource
    TimerService timers;

    @Inject
    HomePlugs plugs;

    @Inject
    PlugPoller poller;

    @PostConstruct
    void schedule() {
        for (PolledPlug plug : plugs.all()) {
            Timer timer = timers.createIntervalTimer(FIRST_POLL_MILLIS, plug.interval().toMillis(),
                    new TimerConfig(plug.deviceId(), false));
            plug.scheduled(timer.getNextTimeout().toInstant());
        }
    }

    @Timeout
    void poll(Timer timer) {
        plugs.find((String) timer.getInfo()).ifPresent(plug -> {
            plug.scheduled(timer.getNextTimeout().toInstant());
            poller.pollInBackground(plug);
        });
    }
}
