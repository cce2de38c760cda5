package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupOutcome;
import com.myhomecontrol.maintenance.control.BackupRotation;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.BackupSet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/**
 * Last step of {@code backup}, reached only with a verified new set: deletes the sets beyond the
 * newest {@code keep}, and says in the job's exit status which set it made, its size and what went.
 */
@Dependent
@Named("backupRotate")
public class BackupRotateBatchlet extends JobStep<BackupParameters> {

    @Override
    void run() {
        BackupParameters parameters = parameters();
        List<BackupSet> deleted = BackupRotation.keepNewest(parameters.backupsDirectory(), parameters.keep());
        report(BackupOutcome.describe(parameters.set(), deleted));
    }
}
