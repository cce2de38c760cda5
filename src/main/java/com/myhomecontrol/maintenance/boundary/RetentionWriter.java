package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.RetentionRun;
import com.myhomecontrol.maintenance.entity.RetentionBatch;
import com.myhomecontrol.maintenance.entity.RetentionTally;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Writer of the {@code delete} step of {@code retention}: applies each batch and keeps the tally
 * in the step's persistent user data, which is saved with each checkpoint, so that a restarted
 * run counts on from there and the last step reports the whole run.
 */
@Dependent
@Named("retentionWriter")
public class RetentionWriter extends AbstractItemWriter {

    static final String STEP = "delete";

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private RetentionRun run;
    private RetentionTally tally;
    private long doneBefore;

    @Override
    public void open(Serializable checkpoint) {
        run = (RetentionRun) step.getTransientUserData();
        tally = step.getPersistentUserData() instanceof RetentionTally kept ? kept : new RetentionTally();
        doneBefore = tally.rows();
    }

    @Override
    public void writeItems(List<Object> items) {
        JobFailures.reported(job, () -> {
            items.forEach(item -> run.apply((RetentionBatch) item, tally));
            return tally;
        });
        step.setPersistentUserData(tally);
        long done = tally.rows();
        JobProgress.report(job.getExecutionId(), STEP, done, Math.max(done, doneBefore + run.planned()));
    }
}
