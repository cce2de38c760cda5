package com.myhomecontrol.devices.control;

/**
 * The plug has no KLAP endpoint: older firmware that speaks securePassthrough.
 */
class KlapUnsupportedException extends TapoException {

    KlapUnsupportedException(int status) {
        super("KLAP handshake1 answered HTTP " + status);
    }
}
