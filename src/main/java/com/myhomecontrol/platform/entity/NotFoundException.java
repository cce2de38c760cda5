package com.myhomecontrol.platform.entity;

/** Something named in the request does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
