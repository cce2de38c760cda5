package com.myhomecontrol.devices.control;

/**
 * The plug did not answer over the network.
 */
public class TapoUnreachableException extends TapoException {

    public TapoUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
