package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One interval timer per device, at the device's interval, on this server: not persistent, so none
 * survives a restart and each start creates them, never asking a timer store. With PostgreSQL every
 * server sharing the database runs a timer for every device and {@link PollClaims} lets one of them
 * poll each interval, so that when a server stops or dies the others poll on at the next interval.
 * (Persistent timers, which Liberty fails over to another server, would leave a dead server's
 * devices unpolled until their runs were missedTaskThreshold late: at least 100 s, 170 s measured.)
 * A change of the devices replaces only the timers of the devices it starts or stops.
 */
@ApplicationScoped
public class PollTimers {

    private static final Logger LOG = Logger.getLogger(PollTimers.class.getName());
    private static final long FIRST_POLL_MILLIS = 1_000;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** By device id: TimerService.getTimers() would also ask the store of the persistent timers (job schedules), which may be away. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Each device's timer, by device id; called by the timers' bean, whose timers they are. */
    public Map<String, Timer> schedule(TimerService service, List<PolledDevice> devices) {
        Map<String, Timer> created = created(service, devices);
        timers.putAll(created);
        LOG.info(() -> "Poll timers: " + devices.size() + " created");
        return created;
    }

    /**
     * Cancels the timers of the devices stopped and started, and creates one per started device, in
     * the transaction of the timers' bean: this server's timers are the new ones once it commits, and
     * stay the old ones if it rolls back (so do the timers themselves).
     */
    public Map<String, Timer> reschedule(TimerService service, Set<String> stopped, List<PolledDevice> started) {
        Set<String> replaced = new HashSet<>(stopped);
        started.forEach(device -> replaced.add(device.deviceId()));
        replaced.stream().map(timers::get).filter(Objects::nonNull).forEach(Timer::cancel);
        Map<String, Timer> created = created(service, started);
        transaction.registerInterposedSynchronization(new AfterCommit(() -> {
            replaced.forEach(timers::remove);
            timers.putAll(created);
        }));
        LOG.info(() -> "Poll timers rescheduled: " + stopped.size() + " stopped, " + started.size() + " started");
        return created;
    }

    /**
     * The first polls are spread over each device's interval, so that many devices make a steady
     * stream of polls instead of a burst of all of them every interval.
     */
    private Map<String, Timer> created(TimerService service, List<PolledDevice> devices) {
        Map<String, Timer> created = new HashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            PolledDevice device = devices.get(i);
            long interval = device.interval().toMillis();
            long spread = interval * i / devices.size();
            created.put(device.deviceId(), service.createIntervalTimer(FIRST_POLL_MILLIS + spread, interval,
                    new TimerConfig(device.deviceId(), false)));
        }
        return created;
    }
}
