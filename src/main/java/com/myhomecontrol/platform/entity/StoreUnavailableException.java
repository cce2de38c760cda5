package com.myhomecontrol.platform.entity;

/** The store could not take or confirm a write; answered with 503 so that clients retry. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
