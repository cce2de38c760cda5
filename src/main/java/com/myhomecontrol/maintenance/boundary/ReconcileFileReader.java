package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.MediaFileWalk;
import com.myhomecontrol.maintenance.control.MediaJobDatabase;
import com.myhomecontrol.maintenance.control.RowPaths;
import com.myhomecontrol.maintenance.control.RowScan;
import com.myhomecontrol.maintenance.entity.FilesCheckpoint;
import com.myhomecontrol.maintenance.entity.MediaFile;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.maintenance.entity.WalkedFile;
import com.myhomecontrol.media.control.MediaUnit;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Walks the media files of {@code reconcile} in a stable order, each with whether a row names it;
 * restarts after the last file of its checkpoint. The paths the rows name are read first, through
 * the media unit, each time the step opens.
 */
@Dependent
@Named("reconcileFileReader")
public class ReconcileFileReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceUnit(unitName = MediaUnit.NAME)
    EntityManagerFactory serverUnit;

    private RowPaths named;
    private MediaFileWalk files;
    private FilesCheckpoint position;
    private long planned;

    @Override
    public void open(Serializable checkpoint) {
        ReconcileParameters parameters = ReconcileJob.parameters(job);
        try (MediaJobDatabase database = ReconcileJob.database(parameters, serverUnit)) {
            named = RowPaths.of(new RowScan(database.store(), null));
        }
        planned = MediaFileWalk.count(parameters.mediaRoots(), parameters.excluded());
        position = checkpoint == null ? new FilesCheckpoint(null, 0) : (FilesCheckpoint) checkpoint;
        files = MediaFileWalk.after(parameters.mediaRoots(), parameters.excluded(),
                position.lastFile() == null ? null : Path.of(position.lastFile()));
    }

    @Override
    public WalkedFile readItem() {
        if (!files.hasNext()) {
            return null;
        }
        MediaFile file = files.next();
        position = new FilesCheckpoint(file.path().toString(), position.read() + 1);
        JobProgress.report(job.getExecutionId(), step.getStepName(), position.read(), planned);
        return new WalkedFile(file, named.names(file.path()));
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
