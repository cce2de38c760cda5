package com.myhomecontrol.maintenance.entity;

/** A job that cannot go on: a bad parameter, or a backup set or store that is not good; the message says why. */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String reason) {
        super(reason);
    }

    public JobFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
