package com.myhomecontrol.devices.control;

/**
 * A request failed on a connection that was there and went away: the plug closed it after an
 * earlier answer, or Wi-Fi dropped it. Sent again on a new connection, it may well be answered.
 */
public class TapoConnectionClosedException extends TapoUnreachableException {

    public TapoConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
