package com.myhomecontrol.maintenance.entity;

import java.time.Instant;

/**
 * A job as the jobs API shows it: its schedule (null for a job run on demand only), the schedule's
 * problem if the setting could not be read, the next scheduled run, and the newest run.
 */
public record JobStatus(String name, String schedule, String scheduleSetting, String scheduleProblem,
                        String scheduleTimeZone, Instant nextRun, JobRun lastRun) {
}
