package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.FilesRestore;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.RestorePart;
import com.myhomecontrol.maintenance.entity.RestorePlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Clock;

/** Last step of {@code restore}: the devices file, the Netatmo token and the journal the set holds, when the files part is asked for. */
@Dependent
@Named("restoreFiles")
public class RestoreFilesBatchlet extends JobStep<RestorePlan> {

    @Override
    void run() {
        RestorePlan plan = parameters();
        if (plan.parameters().restores(RestorePart.FILES)) {
            var restored = new FilesRestore(Clock.systemUTC()).restore(plan.parameters().set(), plan.manifest(),
                    plan.parameters().targets());
            report("files restored: " + String.join(", ", restored.stream().map(BackupPart::label).toList()));
            JobProgress.report(job.getExecutionId(), "restore", plan.parameters().doneWith(RestorePart.FILES),
                    plan.parameters().parts().size());
        }
    }
}
