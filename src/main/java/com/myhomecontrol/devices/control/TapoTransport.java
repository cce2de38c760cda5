package com.myhomecontrol.devices.control;

/**
 * One of the plug's encrypted channels: a JSON request in, the plug's JSON answer out.
 */
interface TapoTransport {

    String exchange(String requestJson);

    /** Forgets the session, so that the next exchange opens a new one. */
    void reset();

    String protocol();
}
