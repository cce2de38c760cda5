package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;

/**
 * The checked parameters of one backup run; {@code postgresUrl} is null unless a job parameter
 * names the media database.
 */
public record BackupParameters(BackupSet set, DataLocations sources, int keep, String postgresUrl) {

    /** The folder whose backup sets rotation keeps or deletes. */
    public Path backupsDirectory() {
        return set.directory().toAbsolutePath().getParent();
    }
}
