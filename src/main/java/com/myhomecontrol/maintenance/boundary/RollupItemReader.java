package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.RollupParametersParser;
import com.myhomecontrol.maintenance.control.RollupQueue;
import com.myhomecontrol.maintenance.entity.RollupWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the pending hours of {@code rollup} in order. Its checkpoint is the last hour read, so that
 * a failed or stopped job restarts after the last chunk it wrote.
 */
@Dependent
@Named("rollupReader")
public class RollupItemReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    JobContext job;

    private RollupQueue queue;
    private final Deque<RollupWork> page = new ArrayDeque<>();
    private RollupWork position;
    private long read;
    private long planned;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        queue = new RollupQueue(new RollupParametersParser(JobEnvironment.current()).open(timeseriesDb));
        position = checkpoint == null ? RollupWork.START : (RollupWork) checkpoint;
        planned = queue.pending();
        JobProgress.report(job.getExecutionId(), "rollup", 0, planned);
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty()) {
            page.addAll(queue.next(position, PAGE));
        }
        RollupWork next = page.poll();
        if (next != null) {
            position = next;
            read++;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        JobProgress.report(job.getExecutionId(), "rollup", read, planned);
        return position;
    }
}
