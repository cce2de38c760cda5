package com.myhomecontrol.devices.control;

/** The API refused the access token (error 2, invalid, or 3, expired): a refresh may cure it. */
class NetatmoTokenRejectedException extends NetatmoException {

    NetatmoTokenRejectedException(String message) {
        super(message);
    }
}
