package com.myhomecontrol.devices.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the devices file every {@link #CHECK_SECONDS} s from the start (see
 * {@link DevicesConfiguration#followFile()}): the servers sharing one file then poll the devices a
 * change through any of them made, and a file edited by hand is used without a reload. A managed
 * task rather than an EJB timer: it ends with the application, never holding up a server's stop.
 */
@ApplicationScoped
public class DevicesFileWatch {

    static final long CHECK_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DevicesFileWatch.class.getName());

    @Inject
    DevicesConfiguration configuration;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> checks;

    void followFromStart(@Observes Startup startup) {
        checks = scheduler.scheduleWithFixedDelay(this::follow, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** A failure ends only this check: the next one asks again. */
    private void follow() {
        try {
            configuration.followFile();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The devices file could not be followed; asked again in " + CHECK_SECONDS + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (checks != null) {
            checks.cancel(false);
        }
    }
}
