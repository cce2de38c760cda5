package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.RestoreParameters;
import com.myhomecontrol.maintenance.entity.RestorePart;
import com.myhomecontrol.maintenance.entity.StoreContent;

import java.util.List;

/**
 * What a restore of a verified set would refuse, found before any part is restored, so that a
 * refusal changes nothing: a part the set does not hold, a media database that does not fit
 * the mode, a time-series store in use.
 */
public final class RestoreCheck {

    private static final List<BackupPart> FILES = List.of(BackupPart.DEVICES, BackupPart.NETATMO_TOKEN, BackupPart.JOURNAL);

    private RestoreCheck() {
    }

    public static void check(RestoreParameters parameters, Manifest manifest, JobEnvironment environment) {
        String set = parameters.set().directory().toString();
        if (parameters.restores(RestorePart.MEDIA)) {
            StoreContent media = manifest.media().orElseThrow(() -> new JobFailedException("The set " + set
                    + " holds no media metadata (" + manifest.outcome(BackupPart.MEDIA).status().label() + ": "
                    + manifest.outcome(BackupPart.MEDIA).detail() + ")"));
            MediaRestore.check(environment.media(parameters.postgresUrl()).orElseThrow(), media, parameters.mediaMode());
        }
        if (parameters.restores(RestorePart.TIMESERIES)) {
            StoreLock.exclusive(parameters.targets().timeseriesDb()).close();
        }
        if (parameters.restores(RestorePart.FILES) && FILES.stream().noneMatch(part -> manifest.outcome(part).isCopied())) {
            throw new JobFailedException("The set " + set + " holds none of the files: devices, Netatmo token and journal"
                    + " were absent at the backup");
        }
    }
}
