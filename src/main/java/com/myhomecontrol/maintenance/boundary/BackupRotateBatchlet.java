package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupRotation;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Last step of {@code backup}, reached only with a verified new set: deletes the sets beyond the newest {@code keep}. */
@Dependent
@Named("backupRotate")
public class BackupRotateBatchlet extends JobStep<BackupParameters> {

    @Override
    void run() {
        BackupParameters parameters = parameters();
        BackupRotation.keepNewest(parameters.backupsDirectory(), parameters.keep());
    }
}
