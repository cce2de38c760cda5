package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;

/** The folder of one backup: the copy of the time-series store and its manifest. */
public record BackupSet(Path directory) {

    public static final String TIMESERIES_FILE = "timeseries.db";
    public static final String MANIFEST_FILE = "manifest.json";

    public Path timeseriesCopy() {
        return directory.resolve(TIMESERIES_FILE);
    }

    public Path manifest() {
        return directory.resolve(MANIFEST_FILE);
    }
}
