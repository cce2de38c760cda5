package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.MediaJobDatabase;
import com.myhomecontrol.maintenance.control.ReconcileSettlement;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.media.control.MediaUnit;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import java.time.Clock;

/**
 * Last step of {@code reconcile}: deletes what the run found, unless it is a dry run or too much
 * would go, and writes the report; its counts become the job's exit status, a refusal fails the job.
 */
@Dependent
@Named("reconcileSettle")
public class ReconcileSettleBatchlet extends JobStep<ReconcileParameters> {

    @Inject
    StepContext step;

    @PersistenceUnit(unitName = MediaUnit.NAME)
    EntityManagerFactory serverUnit;

    @Override
    void run() {
        ReconcileParameters parameters = ReconcileJob.parameters(job);
        try (MediaJobDatabase database = ReconcileJob.database(parameters, serverUnit)) {
            var settled = new ReconcileSettlement(parameters, ReconcileJob.work(parameters, job), database.store(),
                    Clock.systemUTC()).settle((done, planned) -> JobProgress.report(job.getExecutionId(), step.getStepName(), done, planned));
            String summary = settled.outcome().summary(parameters.dryRun(), settled.report().toString());
            if (settled.outcome().refusal() != null) {
                throw new JobFailedException(summary);
            }
            job.setExitStatus(summary);
        }
    }
}
