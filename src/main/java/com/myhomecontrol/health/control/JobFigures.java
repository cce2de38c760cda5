package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.Health;
import com.myhomecontrol.maintenance.control.JobCatalog;
import com.myhomecontrol.maintenance.control.JobRuns;
import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.maintenance.entity.JobRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The newest run of every job, asked of the job repository at most every {@link #MAX_AGE}: with
 * PostgreSQL the repository is a few queries a job away, which the health answer should not wait for
 * on every request. {@code canAsk} false (the repository's database is away) keeps the runs last known;
 * so does a repository that fails when asked (PostgreSQL gone before the media store noticed), which
 * the reading names as its problem instead of failing the whole health answer.
 */
@ApplicationScoped
public class JobFigures {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(JobFigures.class.getName());

    /** The runs, and why the repository could not be read when last asked (null when it could). */
    public record Reading(Map<String, Health.Job> runs, String problem) {
    }

    @Inject
    Clock clock;

    private Map<String, Health.Job> jobs = Map.of();
    private String problem;
    private Instant asked = Instant.MIN;

    public synchronized Reading read(boolean canAsk) {
        Instant now = clock.instant();
        if (canAsk && !now.isBefore(asked.plus(MAX_AGE))) {
            asked = now;
            try {
                jobs = latestRuns();
                problem = null;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The batch job repository cannot be read; the health shows the runs last known", e);
                problem = "The batch job repository cannot be read (" + e.getMessage() + "); the job runs shown are those last known";
            }
        }
        return new Reading(jobs, problem);
    }

    private static Map<String, Health.Job> latestRuns() {
        Set<String> ran = JobRuns.ranJobs();
        Map<String, Health.Job> runs = new LinkedHashMap<>();
        for (JobDefinition job : JobCatalog.JOBS) {
            Optional<JobRun> run = JobRuns.latest(job.name(), ran);
            runs.put(job.name(), new Health.Job(run.map(JobRun::started).orElse(null), run.map(JobRun::status).orElse(null)));
        }
        return runs;
    }
}
