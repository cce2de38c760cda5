package com.myhomecontrol.devices.control;

/** PostgreSQL could not be asked to prepare the persistent poll timers. */
class PollTimerStoreUnavailableException extends RuntimeException {

    PollTimerStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
