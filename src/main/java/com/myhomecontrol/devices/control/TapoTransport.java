package com.myhomecontrol.devices.control;

/**
 * One of the plug's encrypted channels: a JSON request in, the plug's JSON answer out.
 */
interface TapoTransport {

    /** Opens a session when there is none; throws {@link TapoSessionExpiredException} when the plug no longer knows it. */
    String exchange(String requestJson);

    /** Forgets the session, so that the next exchange opens a new one. */
    void reset();

    String protocol();

    /**
     * Opens a session when there is none or the one there is due for renewal, and numbers it: a new
     * number means a new session, whose plug may run new firmware.
     */
    int openSession();
}
