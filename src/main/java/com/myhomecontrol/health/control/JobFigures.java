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

/**
 * The newest run of every job, asked of the job repository at most every {@link #MAX_AGE}: with
 * PostgreSQL the repository is a few queries a job away, which the health answer should not wait for
 * on every request. {@code canAsk} false (the repository's database is away) keeps the runs last known.
 */
@ApplicationScoped
public class JobFigures {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    private Map<String, Health.Job> jobs = Map.of();
    private Instant asked = Instant.MIN;

    public synchronized Map<String, Health.Job> read(boolean canAsk) {
        Instant now = clock.instant();
        if (canAsk && !now.isBefore(asked.plus(MAX_AGE))) {
            Set<String> ran = JobRuns.ranJobs();
            Map<String, Health.Job> runs = new LinkedHashMap<>();
            for (JobDefinition job : JobCatalog.JOBS) {
                Optional<JobRun> run = JobRuns.latest(job.name(), ran);
                runs.put(job.name(), new Health.Job(run.map(JobRun::started).orElse(null), run.map(JobRun::status).orElse(null)));
            }
            jobs = runs;
            asked = now;
        }
        return jobs;
    }
}
