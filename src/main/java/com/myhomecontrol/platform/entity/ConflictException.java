package com.myhomecontrol.platform.entity;

/** The request cannot be done with what the server holds or how it is set up; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
