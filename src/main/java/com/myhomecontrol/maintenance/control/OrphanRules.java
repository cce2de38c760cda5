package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.MediaFile;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.maintenance.entity.WalkedFile;
import com.myhomecontrol.media.entity.MediumFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** When a row or a file is an orphan: its counterpart is missing, and it is older than the grace period. */
public final class OrphanRules {

    private OrphanRules() {
    }

    public static boolean isOrphan(MediumFile row, Instant now) {
        return row.createdAt().isBefore(now.minus(ReconcileParameters.GRACE)) && fileIsMissing(row);
    }

    public static boolean isOrphan(WalkedFile walked, Instant now) {
        return !walked.named() && isOld(walked.file(), now);
    }

    /** The row names no regular file (a link to one counts as one). */
    static boolean fileIsMissing(MediumFile row) {
        Path file = RowPaths.file(row.filePath());
        return file == null || !Files.isRegularFile(file);
    }

    private static boolean isOld(MediaFile file, Instant now) {
        return file.modified().isBefore(now.minus(ReconcileParameters.GRACE));
    }
}
