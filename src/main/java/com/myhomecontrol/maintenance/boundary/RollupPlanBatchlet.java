package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.RollupParametersParser;
import com.myhomecontrol.maintenance.control.RollupPlanner;
import com.myhomecontrol.maintenance.control.RollupQueue;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RollupParameters;
import com.myhomecontrol.platform.control.StatisticsRollup;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.SQLException;
import java.time.Clock;

/** First step of {@code rollup}: checks the job parameters, then queues the hours to catch up and to rebuild. */
@Dependent
@Named("rollupPlan")
public class RollupPlanBatchlet extends JobStep<RollupParameters> {

    /** Buckets are closed, and so rolled up, once the five minutes they cover are over. */
    private static final long CLOSED_BUCKET_SECONDS = 300;

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String rebuild;

    /** The server's clock, or the one a test sets; the offline command has none and takes the system's. */
    @Inject
    Instance<Clock> clocks;

    @Override
    void run() {
        Clock clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        RollupParameters parameters = new RollupParametersParser(JobEnvironment.current())
                .parse(timeseriesDb, from, to, rebuild, clock.instant());
        long now = clock.instant().getEpochSecond();
        long closedUntil = Math.floorDiv(now, CLOSED_BUCKET_SECONDS) * CLOSED_BUCKET_SECONDS;
        RollupPlanner planner = new RollupPlanner(JobEnvironment.current().open(parameters.store()));
        long pending = 0;
        int planned = 0;
        for (StatisticsRollup kind : RollupQueue.KINDS) {
            try {
                pending += planner.plan(kind, parameters.rebuild(), closedUntil);
            } catch (SQLException e) {
                throw new JobFailedException("Planning the " + kind.kind() + " rollup failed: " + e.getMessage(), e);
            }
            JobProgress.report(job.getExecutionId(), "plan", ++planned, RollupQueue.KINDS.size());
        }
        job.setExitStatus(pending + " series-hours to roll up");
    }
}
