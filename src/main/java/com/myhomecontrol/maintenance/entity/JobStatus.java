package com.myhomecontrol.maintenance.entity;

import java.time.Instant;
import java.util.List;

/**
 * A job as the jobs API shows it: its schedule (null for a job run on demand only), the schedule's
 * problem if the setting could not be read, the next scheduled run, the job parameters it takes
 * (so that a client can offer them), and the newest run.
 */
public record JobStatus(String name, String schedule, String scheduleSetting, String scheduleProblem,
                        String scheduleTimeZone, Instant nextRun, List<String> parameterNames,
                        JobRun lastRun) {
}
