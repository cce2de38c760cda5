package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.MediaJobDatabase;
import com.myhomecontrol.maintenance.control.RowScan;
import com.myhomecontrol.maintenance.entity.RowsCheckpoint;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumFile;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import java.io.Serializable;

/** Reads the media rows of {@code reconcile}, recordings then snapshots, in id order, a page at a time; restarts after its checkpoint. */
@Dependent
@Named("reconcileRowReader")
public class ReconcileRowReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceUnit(unitName = MediaUnit.NAME)
    EntityManagerFactory serverUnit;

    private MediaJobDatabase database;
    private RowScan rows;
    private long planned;

    @Override
    public void open(Serializable checkpoint) {
        database = ReconcileJob.database(ReconcileJob.parameters(job), serverUnit);
        planned = database.store().count(MediaKind.RECORDING) + database.store().count(MediaKind.SNAPSHOT);
        rows = new RowScan(database.store(), (RowsCheckpoint) checkpoint);
    }

    @Override
    public MediumFile readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        MediumFile row = rows.next();
        JobProgress.report(job.getExecutionId(), step.getStepName(), rows.position().read(), planned);
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return rows.position();
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
