package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.TimerStore;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One interval timer per device, at the device's interval. With PostgreSQL (see {@link TimerStore}) the timers are
 * persistent and shared by every server on the database; each start replaces them all, under a
 * lock, so that each device has one timer however many servers start at once, none is left for a
 * device that is gone or at an interval that changed, and the polls resume at once: a kept timer
 * whose server stopped would wait out the executor's failover reservation (missedTaskThreshold,
 * at least 100 s) before any server ran it again. Without PostgreSQL the timers are not
 * persistent (a missed poll is not worth catching up: the next reads the counters anyway), so none
 * survives a restart and each start creates them, never asking the persistent store. So do the
 * timers of a start during a PostgreSQL outage: polling goes on, as media writes go on in the journal.
 * A change of the devices replaces only the timers of the devices it starts or stops, persistent
 * or not as the start chose, under the same lock.
 */
@ApplicationScoped
public class PollTimers {

    private static final Logger LOG = Logger.getLogger(PollTimers.class.getName());
    private static final long FIRST_POLL_MILLIS = 1_000;

    @Inject
    TimerStore store;

    /** Whether the start made the timers persistent, which the timers of later changes then are too. */
    private boolean persistent;

    /**
     * This server's timers when they are not persistent, by device id: TimerService.getTimers()
     * would list them only by asking the persistent timers' store, which then is not there.
     */
    private final Map<String, Timer> notPersistent = new ConcurrentHashMap<>();

    /** Each device's timer, by device id; called in the transaction of the timers' bean, whose timers they are. */
    public Map<String, Timer> schedule(TimerService timers, List<PolledDevice> devices) {
        persistent = store.lockForPersistentTimers("device polls");
        return persistent ? replace(timers, devices) : created(createAll(timers, devices, false));
    }

    /**
     * Cancels the timers of the devices stopped and started, whichever server created them, and
     * creates one per started device; called in the transaction of the timers' bean.
     */
    public Map<String, Timer> reschedule(TimerService timers, Set<String> stopped, List<PolledDevice> started) {
        Set<String> replaced = new HashSet<>(stopped);
        started.forEach(device -> replaced.add(device.deviceId()));
        if (persistent) {
            store.lockUntilCommit();
            timers.getTimers().stream().filter(timer -> replaced.contains(timer.getInfo())).forEach(Timer::cancel);
        } else {
            replaced.stream().map(notPersistent::remove).filter(Objects::nonNull).forEach(Timer::cancel);
        }
        LOG.info(() -> "Poll timers rescheduled: " + stopped.size() + " stopped, " + started.size() + " started");
        return created(createAll(timers, started, persistent));
    }

    private Map<String, Timer> created(Map<String, Timer> timers) {
        if (!persistent) {
            notPersistent.putAll(timers);
        }
        return timers;
    }

    private static Map<String, Timer> replace(TimerService timers, List<PolledDevice> devices) {
        Collection<Timer> earlier = timers.getTimers();
        earlier.forEach(Timer::cancel);
        LOG.info(() -> "Persistent poll timers: " + earlier.size() + " of earlier starts cancelled, " + devices.size() + " created");
        return createAll(timers, devices, true);
    }

    /**
     * The first polls are spread over each device's interval, so that many devices make a steady
     * stream of polls instead of a burst of all of them every interval.
     */
    private static Map<String, Timer> createAll(TimerService timers, List<PolledDevice> devices, boolean persistent) {
        Map<String, Timer> created = new HashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            PolledDevice device = devices.get(i);
            long interval = device.interval().toMillis();
            long spread = interval * i / devices.size();
            created.put(device.deviceId(), timers.createIntervalTimer(FIRST_POLL_MILLIS + spread, interval,
                    new TimerConfig(device.deviceId(), persistent)));
        }
        return created;
    }
}
