package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;

/** The checked parameters of one backup run. */
public record BackupParameters(BackupSet set, Path timeseriesDb, int keep) {

    /** The folder whose backup sets rotation keeps or deletes. */
    public Path backupsDirectory() {
        return set.directory().toAbsolutePath().getParent();
    }
}
