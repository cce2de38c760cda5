package com.myhomecontrol.devices.control;

/** A Netatmo request that failed: the network, the server or an answer that makes no sense. */
public class NetatmoException extends RuntimeException {

    public NetatmoException(String message) {
        super(message);
    }

    public NetatmoException(String message, Throwable cause) {
        super(message, cause);
    }
}
