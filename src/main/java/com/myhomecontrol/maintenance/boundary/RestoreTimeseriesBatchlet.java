package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.control.TimeseriesRestore;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.RestorePart;
import com.myhomecontrol.maintenance.entity.RestorePlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Step of {@code restore}: swaps the time-series store for the set's copy, when the timeseries part is asked for. */
@Dependent
@Named("restoreTimeseries")
public class RestoreTimeseriesBatchlet extends JobStep<RestorePlan> {

    @Override
    void run() {
        RestorePlan plan = parameters();
        if (plan.parameters().restores(RestorePart.TIMESERIES)) {
            TimeseriesRestore.restore(plan.parameters().set(), plan.manifest().sha256().get(BackupSet.TIMESERIES_FILE),
                    plan.parameters().targets().timeseriesDb());
            report("timeseries restored: " + plan.manifest().timeseries().rowCounts());
            JobProgress.report(job.getExecutionId(), "restore", plan.parameters().doneWith(RestorePart.TIMESERIES),
                    plan.parameters().parts().size());
        }
    }
}
