package com.myhomecontrol.devices.control;

/**
 * The plug does not accept the credentials. Retrying at once cannot help: the caller backs off.
 */
public class TapoAuthFailedException extends TapoException {

    public TapoAuthFailedException(String message) {
        super(message);
    }
}
