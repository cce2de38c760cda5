package com.myhomecontrol.devices.control;

/**
 * The plug answered a method with a non-zero error_code.
 */
public class TapoErrorCodeException extends TapoException {

    private final int errorCode;

    TapoErrorCodeException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }
}
