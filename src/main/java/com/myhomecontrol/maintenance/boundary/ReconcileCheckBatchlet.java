package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.MediaJobDatabase;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.control.PostgresUnavailableException;
import com.myhomecontrol.media.entity.MediaKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * First step of {@code reconcile}: checks the parameters and that the media database answers,
 * before anything is scanned, and starts the run's work folder empty.
 */
@Dependent
@Named("reconcileCheck")
public class ReconcileCheckBatchlet extends JobStep<ReconcileParameters> {

    @PersistenceUnit(unitName = MediaUnit.NAME)
    EntityManagerFactory serverUnit;

    @Override
    void run() {
        ReconcileParameters parameters = ReconcileJob.parameters(job);
        try (MediaJobDatabase database = ReconcileJob.database(parameters, serverUnit)) {
            database.store().count(MediaKind.RECORDING);
        } catch (PostgresUnavailableException e) {
            throw new JobFailedException("The media database does not answer: " + e.getMessage(), e);
        }
        ReconcileJob.work(parameters, job).start();
    }
}
