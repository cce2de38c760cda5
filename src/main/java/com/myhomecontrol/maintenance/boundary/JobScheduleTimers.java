package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobLauncher;
import com.myhomecontrol.maintenance.control.JobRuns;
import com.myhomecontrol.maintenance.control.JobSchedules;
import com.myhomecontrol.platform.control.TimeseriesWriter;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled jobs' timers (see {@link JobSchedules}); a timeout only starts its job, unless its
 * previous run still goes on (a rollup that catches up a long downtime may outlast its interval).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobScheduleTimers {

    private static final Logger LOG = Logger.getLogger(JobScheduleTimers.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobSchedules schedules;

    /**
     * Produced only once the time-series schema is migrated: injected so that no schedule is set, and
     * no job started, before that. Without it a server started just before a five-minute mark ran
     * its first rollup on a fresh, still empty store (no such table) and reported it failed.
     */
    @Inject
    TimeseriesWriter migratedStore;

    @PostConstruct
    void schedule() {
        schedules.schedule(timers);
    }

    @Timeout
    void start(Timer timer) {
        String job = (String) timer.getInfo();
        try {
            if (JobRuns.running(job)) {
                LOG.info(() -> "Job " + job + " not started by its schedule: its previous run has not ended");
                return;
            }
            JobLauncher.startScheduled(job);
        } catch (RuntimeException e) {
            // Thrown on, the timer would be retried at once and again; the next scheduled run tries anew.
            LOG.log(Level.SEVERE, "Job " + job + " could not be started by its schedule: " + e.getMessage(), e);
        }
    }
}
