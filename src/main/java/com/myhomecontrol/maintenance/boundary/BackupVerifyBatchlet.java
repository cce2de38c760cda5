package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupVerifications;
import com.myhomecontrol.maintenance.control.BackupVerifier;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.Verification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Instant;

/**
 * Second step of {@code backup}: the new set must match its manifest, and every part must have
 * gone in; a set with a failed part is kept (what it holds is good) but fails the job, so that no
 * older set is rotated away for it.
 */
@Dependent
@Named("backupVerify")
public class BackupVerifyBatchlet extends JobStep<BackupParameters> {

    @Override
    void run() {
        Manifest manifest;
        try {
            manifest = BackupVerifier.verify(parameters().set());
        } catch (JobFailedException e) {
            BackupVerifications.record(parameters().set(), Verification.failed(Instant.now(), e.getMessage()));
            throw e;
        }
        BackupVerifications.record(parameters().set(), Verification.passed(Instant.now()));
        if (!manifest.failures().isEmpty()) {
            throw new JobFailedException("The set " + parameters().set().directory() + " is verified but incomplete, "
                    + "older sets are kept: " + String.join("; ", manifest.failures().entrySet().stream()
                    .map(failure -> failure.getKey().label() + ": " + failure.getValue()).toList()));
        }
    }
}
