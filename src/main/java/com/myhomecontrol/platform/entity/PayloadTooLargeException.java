package com.myhomecontrol.platform.entity;

/** A request body over the configured size or item limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
