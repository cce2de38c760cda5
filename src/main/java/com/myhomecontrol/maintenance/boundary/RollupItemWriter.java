package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.RollupComputation;
import com.myhomecontrol.maintenance.control.RollupParametersParser;
import com.myhomecontrol.maintenance.entity.RollupCounts;
import com.myhomecontrol.maintenance.entity.RollupWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;

/** Rolls each chunk of {@code rollup} up in one short transaction; the counts so far are the job's exit status. */
@Dependent
@Named("rollupWriter")
public class RollupItemWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private RollupComputation computation;

    @Override
    public void open(Serializable checkpoint) {
        computation = new RollupComputation(new RollupParametersParser(JobEnvironment.current()).open(timeseriesDb));
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        RollupCounts before = step.getPersistentUserData() == null ? RollupCounts.none() : (RollupCounts) step.getPersistentUserData();
        List<RollupWork> works = items.stream().map(RollupWork.class::cast).toList();
        try {
            RollupCounts after = computation.rollUp(works, before);
            step.setPersistentUserData(after);
            job.setExitStatus(after.toString());
        } catch (SQLException e) {
            job.setExitStatus("failed after " + before + ": " + e.getMessage());
            throw e;
        }
    }
}
