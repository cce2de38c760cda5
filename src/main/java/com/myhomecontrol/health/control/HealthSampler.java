package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.HealthHistory;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Samples the figures that change once a minute, the first at start, and keeps the last day of
 * them in memory: the history begins anew with every start of the server.
 */
@ApplicationScoped
public class HealthSampler {

    public static final long INTERVAL_SECONDS = 60;
    static final int SAMPLES_KEPT = 1_440;

    private static final Logger LOG = Logger.getLogger(HealthSampler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    TimeseriesWriter writer;

    @Inject
    SystemProbe system;

    private final SampleRing ring = new SampleRing(SAMPLES_KEPT);
    private ScheduledFuture<?> sampling;

    void startAtStart(@Observes Startup startup) {
        sample();
        sampling = scheduler.scheduleAtFixedRate(this::sampleLogged, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.cancel(false);
        }
    }

    public HealthHistory history() {
        return new HealthHistory(INTERVAL_SECONDS, ring.all());
    }

    void sample() {
        ring.add(clock.instant(), writer.committedRows(), system.disk().freeBytes(), system.memory().usedMb(), system.cpuPercent());
    }

    /** A failing sample is logged and leaves a gap; a throw would end the fixed-rate schedule. */
    private void sampleLogged() {
        try {
            sample();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The health sample failed; the next is taken in " + INTERVAL_SECONDS + " s", e);
        }
    }
}
