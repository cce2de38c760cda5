package com.myhomecontrol.platform.entity;

/** A database migrated by a newer platform than this one: the server must not start on it. */
public class SchemaTooNewException extends IllegalStateException {

    public SchemaTooNewException(String location, String databaseVersion, String newestKnownVersion) {
        super("The schema of the database migrated by " + location + " is at version " + databaseVersion
                + ", newer than version " + newestKnownVersion + ", the newest this platform knows: a newer"
                + " MyHomeControl wrote it. Run that version, or restore a backup made with this one");
    }
}
