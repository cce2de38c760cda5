package com.myhomecontrol.devices.control;

/**
 * A plug that could not be read: an answer outside the protocol or an error it reported.
 */
public class TapoException extends RuntimeException {

    public TapoException(String message) {
        super(message);
    }

    public TapoException(String message, Throwable cause) {
        super(message, cause);
    }
}
