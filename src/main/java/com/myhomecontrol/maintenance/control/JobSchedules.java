package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.maintenance.entity.JobSchedule;
import com.myhomecontrol.platform.control.PostgresDatabase;
import com.myhomecontrol.platform.control.TimerStore;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The scheduled jobs' calendar timers, from their settings (BACKUP_SCHEDULE and the like). With
 * PostgreSQL the timers are persistent: the servers of one database share them, so each scheduled
 * run happens once among them, and each start replaces them under the timer store's lock so that a
 * changed schedule replaces the old one. Without PostgreSQL they are not persistent: a run missed
 * while the server was down is not caught up, the next one comes at its time. Schedules are read in
 * SCHEDULE_TIME_ZONE, else in the server's time zone, so that 03:00 is the night of the home. A job
 * that has work only with PostgreSQL (reconcile) is off in journal mode.
 */
@ApplicationScoped
public class JobSchedules {

    static final String TIME_ZONE_SETTING = "SCHEDULE_TIME_ZONE";

    private static final Logger LOG = Logger.getLogger(JobSchedules.class.getName());

    @Inject
    Config config;

    @Inject
    TimerStore store;

    @Inject
    PostgresDatabase postgres;

    private final Map<String, JobSchedule> schedules = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    private ZoneId zone;

    /** Called in the transaction of the timers' bean, whose timers they are. */
    public void schedule(TimerService timerService) {
        zone = zone(config.getOptionalValue(TIME_ZONE_SETTING, String.class).orElse(null));
        boolean persistent = store.lockForPersistentTimers("job schedules");
        if (persistent) {
            timerService.getTimers().forEach(Timer::cancel);
        }
        for (JobDefinition job : JobCatalog.JOBS) {
            job.scheduleSetting().ifPresent(setting -> {
                JobSchedule schedule = job.needsPostgres() && !postgres.configured()
                        ? ScheduleParser.parse(job, JobSchedule.OFF)
                        : ScheduleParser.parse(job, config.getOptionalValue(setting, String.class).orElse(null));
                schedules.put(job.name(), schedule);
                if (schedule.problem() != null) {
                    LOG.severe(() -> "The job " + job.name() + " does not run by itself: " + schedule.problem());
                } else if (schedule.runs()) {
                    timers.put(job.name(), timerService.createCalendarTimer(schedule.expression().timezone(zone.getId()),
                            new TimerConfig(job.name(), persistent)));
                }
            });
        }
        LOG.info(() -> "Job schedules (" + (persistent ? "persistent" : "not persistent") + ", time zone " + zone + "): "
                + schedules.values().stream().map(s -> s.job() + " " + s.text()).toList());
    }

    /** The schedules' time zone: SCHEDULE_TIME_ZONE, else the server's. */
    public ZoneId zone() {
        return zone;
    }

    private static ZoneId zone(String configured) {
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.severe(() -> TIME_ZONE_SETTING + " '" + configured + "' is not a time zone (such as Europe/Berlin or UTC): "
                    + "the jobs run on the server's time zone " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }

    public Optional<JobSchedule> of(String job) {
        return Optional.ofNullable(schedules.get(job));
    }

    /**
     * When the job's timer fires next; empty when it is not scheduled, or when another server
     * sharing the timers replaced them at its start (this server's handle is then gone).
     */
    public Optional<Instant> nextRun(String job) {
        try {
            return Optional.ofNullable(timers.get(job)).map(timer -> timer.getNextTimeout().toInstant());
        } catch (NoSuchObjectLocalException e) {
            LOG.fine(() -> "The timer of " + job + " was replaced by another server: " + e.getMessage());
            return Optional.empty();
        }
    }

    public List<JobSchedule> all() {
        return List.copyOf(schedules.values());
    }
}
