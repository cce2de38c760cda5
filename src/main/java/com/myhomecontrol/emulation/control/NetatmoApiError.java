package com.myhomecontrol.emulation.control;

/** An error the emulated API answers with: the HTTP status and Netatmo's error code and message. */
class NetatmoApiError extends Exception {

    private final int status;
    private final int code;

    NetatmoApiError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }
}
