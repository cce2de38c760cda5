package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.RetentionRun;
import com.myhomecontrol.maintenance.entity.Planned;
import com.myhomecontrol.maintenance.entity.RetentionCursor;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;

/**
 * Reader of the {@code delete} step of {@code retention}: hands out one batch per chunk, and as
 * its checkpoint the cursor after it, so that a restarted run goes on after the last batch done.
 */
@Dependent
@Named("retentionReader")
public class RetentionReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private RetentionRun run;
    private RetentionCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        run = JobFailures.reported(job, () -> RetentionRun.open((RetentionParameters) job.getTransientUserData()));
        step.setTransientUserData(run);
        cursor = checkpoint == null ? RetentionCursor.start() : (RetentionCursor) checkpoint;
        JobFailures.reported(job, () -> {
            run.plan();
            return run;
        });
    }

    @Override
    public Object readItem() {
        Optional<Planned> next = JobFailures.reported(job, () -> run.planner().next(cursor));
        if (next.isEmpty()) {
            return null;
        }
        cursor = next.get().cursor();
        return next.get().batch();
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor;
    }

    @Override
    public void close() {
        if (run != null) {
            run.close();
        }
    }
}
