package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.PlugReading;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls plugs and stores what they read. Scheduled polls run on the executor, so a slow plug
 * holds up only its own poll; a plug whose previous poll still runs is skipped, not queued.
 */
@ApplicationScoped
public class PlugPoller {

    private static final Logger LOG = Logger.getLogger(PlugPoller.class.getName());

    @Resource
    ManagedExecutorService managedExecutor;

    @Inject
    EnergyReadingStore store;

    private Executor executor;
    private Clock clock = Clock.systemUTC();

    PlugPoller() {
    }

    PlugPoller(EnergyReadingStore store, Executor executor, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
    }

    /** The scheduled poll: handed to the executor, unless the plug is backing off or still being polled. */
    public void pollInBackground(PolledPlug plug) {
        if (!plug.due(clock.instant())) {
            return;
        }
        if (!plug.tryBegin()) {
            LOG.fine(() -> plug.deviceId() + " is still being polled; this poll is skipped");
            return;
        }
        try {
            executor().execute(() -> pollAndEnd(plug));
        } catch (RuntimeException e) {
            plug.end();
            throw e;
        }
    }

    /** Polls now, after a poll that is running has ended, whatever the back-off. */
    public DeviceStatus pollNow(PolledPlug plug) {
        try {
            plug.begin();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to poll " + plug.deviceId(), e);
        }
        pollAndEnd(plug);
        return plug.status();
    }

    private void pollAndEnd(PolledPlug plug) {
        try {
            poll(plug);
        } finally {
            plug.end();
        }
    }

    private void poll(PolledPlug plug) {
        try {
            PlugReading reading = plug.client().poll();
            store.store(List.of(energyReading(plug.deviceId(), reading)));
            plug.stored(reading.polledAt(), 1);
        } catch (TapoAuthFailedException e) {
            Instant askedAgain = plug.refused(clock.instant(), e.getMessage());
            LOG.warning(() -> plug.deviceId() + " refused the credentials (TAPO_USERNAME, TAPO_PASSWORD); asked again from "
                    + askedAgain + ": " + e.getMessage());
        } catch (TapoException e) {
            plug.unreachable(e.getMessage());
            LOG.warning(() -> plug.deviceId() + " could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            plug.failed(e.toString());
            LOG.log(Level.SEVERE, "The reading of " + plug.deviceId() + " could not be stored", e);
        }
    }

    static EnergyReading energyReading(String deviceId, PlugReading reading) {
        return new EnergyReading(deviceId, reading.polledAt().getEpochSecond(), reading.powerW(), reading.voltageV(),
                reading.currentA(), reading.dailyEnergyKwh(), reading.monthlyEnergyKwh(), reading.on());
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
