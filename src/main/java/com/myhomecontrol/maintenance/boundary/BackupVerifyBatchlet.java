package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupVerifier;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Second step of {@code backup}: the new set must match its manifest. */
@Dependent
@Named("backupVerify")
public class BackupVerifyBatchlet extends JobStep<BackupParameters> {

    @Override
    void run() {
        BackupVerifier.verify(parameters().set());
    }
}
