package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;

/**
 * The folder of one backup: the copy of the time-series store, the export of the media tables
 * (one gzip-compressed COPY file per table), a copy of the media journal folder, the devices
 * file, the Netatmo token file, and the manifest that describes them.
 */
public record BackupSet(Path directory) {

    public static final String TIMESERIES_FILE = "timeseries.db";
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String MEDIA_FOLDER = "media";
    public static final String JOURNAL_FOLDER = "journal";
    public static final String DEVICES_FILE = "devices.json";
    public static final String NETATMO_TOKEN_FILE = "netatmo-token";

    public Path timeseriesCopy() {
        return directory.resolve(TIMESERIES_FILE);
    }

    public Path manifest() {
        return directory.resolve(MANIFEST_FILE);
    }

    /** The export of one media table, by its path in the set. */
    public static String mediaTableFile(String table) {
        return MEDIA_FOLDER + "/" + table + ".copy.gz";
    }

    public Path journalCopy() {
        return directory.resolve(JOURNAL_FOLDER);
    }

    public Path devicesCopy() {
        return directory.resolve(DEVICES_FILE);
    }

    public Path netatmoTokenCopy() {
        return directory.resolve(NETATMO_TOKEN_FILE);
    }

    /** A file of the set by its path in the manifest. */
    public Path file(String name) {
        return directory.resolve(name);
    }
}
