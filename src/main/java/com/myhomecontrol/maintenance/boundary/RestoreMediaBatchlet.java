package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.MediaRestore;
import com.myhomecontrol.maintenance.entity.RestorePart;
import com.myhomecontrol.maintenance.entity.RestorePlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Step of {@code restore}: the media tables, in one transaction, when the media part is asked for. */
@Dependent
@Named("restoreMedia")
public class RestoreMediaBatchlet extends JobStep<RestorePlan> {

    @Override
    void run() {
        RestorePlan plan = parameters();
        if (plan.parameters().restores(RestorePart.MEDIA)) {
            var restored = MediaRestore.restore(JobEnvironment.current().media(plan.parameters().postgresUrl()).orElseThrow(),
                    plan.parameters().set(), plan.manifest().media().orElseThrow(), plan.parameters().mediaMode());
            report("media restored (" + plan.parameters().mediaMode().label() + "): " + restored);
            JobProgress.report(job.getExecutionId(), "restore", plan.parameters().doneWith(RestorePart.MEDIA),
                    plan.parameters().parts().size());
        }
    }
}
