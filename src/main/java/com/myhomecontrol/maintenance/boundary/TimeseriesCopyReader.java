package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.TimeseriesCopy;
import com.myhomecontrol.maintenance.entity.CopyPosition;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Reads the pages of {@code migrate-timeseries}, table after table in key order. Its checkpoint is
 * where the last page ended, so that a failed or stopped run goes on after the last page written.
 */
@Dependent
@Named("timeseriesCopyReader")
public class TimeseriesCopyReader extends AbstractItemReader {

    static final int PAGE = 2_000;

    @Inject
    JobContext job;

    private TimeseriesCopy copy;
    private MigrateTimeseriesParameters parameters;
    private CopyPosition position;
    private long read;
    private long planned;

    @Override
    public void open(Serializable checkpoint) {
        parameters = (MigrateTimeseriesParameters) job.getTransientUserData();
        copy = TimeseriesCopy.of(parameters, JobEnvironment.current());
        position = checkpoint == null ? CopyPosition.start() : (CopyPosition) checkpoint;
        planned = copy.sourceRows(parameters.since());
        JobProgress.report(job.getExecutionId(), "copy", 0, planned);
    }

    @Override
    public Object readItem() {
        return JobFailures.reported(job, () -> copy.next(position, parameters.since(), PAGE).map(page -> {
            position = copy.end(page);
            read += page.rows().size();
            return page;
        }).orElse(null));
    }

    @Override
    public Serializable checkpointInfo() {
        JobProgress.report(job.getExecutionId(), "copy", read, planned);
        return position;
    }
}
