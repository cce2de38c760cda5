package com.myhomecontrol.devices.control;

/**
 * Netatmo refused the refresh token or the app's credentials: nothing but a new authorization by
 * the user helps, so retrying is pointless.
 */
public class NetatmoAuthFailedException extends NetatmoException {

    public NetatmoAuthFailedException(String message) {
        super(message);
    }
}
