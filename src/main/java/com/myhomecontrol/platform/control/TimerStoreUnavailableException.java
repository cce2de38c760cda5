package com.myhomecontrol.platform.control;

/** PostgreSQL could not be asked to prepare the stores of the persistent timers and the job repository. */
class TimerStoreUnavailableException extends RuntimeException {

    TimerStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
