package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;
import com.myhomecontrol.maintenance.control.TimeseriesCopy;
import com.myhomecontrol.maintenance.entity.CopiedRows;
import com.myhomecontrol.maintenance.entity.CopyTally;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Writer of {@code migrate-timeseries}: each page into PostgreSQL, its rows counted per table in the step's persistent data; the parameters are the check step's. */
@Dependent
@Named("timeseriesCopyWriter")
public class TimeseriesCopyWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    private TimeseriesCopy copy;

    @Override
    public void open(Serializable checkpoint) {
        copy = TimeseriesCopy.of((MigrateTimeseriesParameters) job.getTransientUserData(), JobEnvironment.current());
    }

    @Override
    public void writeItems(List<Object> items) {
        CopyTally before = step.getPersistentUserData() instanceof CopyTally kept ? kept : new CopyTally();
        CopyTally after = JobFailures.reported(job, () -> {
            CopyTally tally = before;
            for (Object item : items) {
                CopiedRows page = (CopiedRows) item;
                copy.write(page);
                tally = tally.plus(page.table().table(), page.rows().size());
            }
            return tally;
        });
        step.setPersistentUserData(after);
    }
}
