package com.myhomecontrol.maintenance.entity;

/** A backup run or a backup set that is not good; the message says why. */
public class BackupFailedException extends RuntimeException {

    public BackupFailedException(String reason) {
        super(reason);
    }

    public BackupFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
