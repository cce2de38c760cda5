package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.OrphanLog;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.util.List;

/** Appends the orphans a step of {@code reconcile} found to the run's log named after the step; restarts at its checkpoint's length. */
@Dependent
@Named("reconcileOrphanWriter")
public class ReconcileOrphanWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private OrphanLog log;

    @Override
    public void open(Serializable checkpoint) {
        log = OrphanLog.open(ReconcileJob.work(ReconcileJob.parameters(job), job).log(step.getStepName()), (Long) checkpoint);
    }

    @Override
    public void writeItems(List<Object> items) {
        log.append(items.stream().map(JsonObject.class::cast).toList());
    }

    @Override
    public Serializable checkpointInfo() {
        return log.length();
    }

    @Override
    public void close() {
        if (log != null) {
            log.close();
        }
    }
}
