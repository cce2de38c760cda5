package com.myhomecontrol.devices.control;

/** The devices file cannot be used; the message names the file and the line. */
public class DevicesFileException extends RuntimeException {

    public DevicesFileException(String source, long line, String message) {
        super(source + " line " + line + ": " + message);
    }

    public DevicesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
