package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Polls devices of one kind. Scheduled polls run on the executor, so a slow device holds up only
 * its own poll; a device whose previous poll still runs is skipped, not queued.
 */
public abstract class DevicePoller<D extends PolledDevice> {

    private static final Logger LOG = Logger.getLogger(DevicePoller.class.getName());

    @Resource
    ManagedExecutorService managedExecutor;

    /** The metrics in the server; nobody in the unit tests. */
    @Inject
    PollObserver observer = PollObserver.NONE;

    /** The other servers of the database in the server; nobody in the unit tests. */
    @Inject
    DeviceStateShare share = DeviceStateShare.NONE;

    /** The other servers' polls in the server; none in the unit tests. */
    @Inject
    PollClaims claims = PollClaims.NONE;

    private Executor executor;
    protected Clock clock = Clock.systemUTC();

    protected DevicePoller() {
    }

    protected DevicePoller(Executor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** Asks the device and records in its state what came of it. */
    protected abstract void poll(D device);

    /**
     * The scheduled poll: handed to the executor, unless the device is backing off or still being
     * polled, and there polled unless another server has claimed this interval's poll.
     */
    public void pollInBackground(D device) {
        PollState state = device.state();
        if (!state.due(clock.instant())) {
            return;
        }
        if (!state.tryBegin()) {
            LOG.fine(() -> device.deviceId() + " is still being polled; this poll is skipped");
            return;
        }
        try {
            executor().execute(() -> pollIfClaimed(device));
        } catch (RuntimeException e) {
            state.end();
            throw e;
        }
    }

    /** Polls now, after a poll that is running has ended, whatever the back-off. */
    public DeviceStatus pollNow(D device) {
        try {
            device.state().begin();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to poll " + device.deviceId(), e);
        }
        pollAndEnd(device);
        return device.status();
    }

    private void pollIfClaimed(D device) {
        if (claims.claim(device, !device.state().polledHere())) {
            pollAndEnd(device);
        } else {
            device.state().end();
        }
    }

    /** The other servers learn of the poll after its permit is given back: sharing it never holds up the next. */
    private void pollAndEnd(D device) {
        Instant polledAt = clock.instant();
        try {
            poll(device);
            device.state().polled(polledAt);
            observer.polled(device.deviceId(), device.state().outcome());
        } finally {
            device.state().end();
        }
        share.polled(device.status(), polledAt);
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
