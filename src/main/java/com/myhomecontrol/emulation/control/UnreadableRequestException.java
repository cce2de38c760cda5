package com.myhomecontrol.emulation.control;

/** A request an emulated device cannot read: not JSON, a wrong signature, a key it cannot use. */
final class UnreadableRequestException extends RuntimeException {

    UnreadableRequestException(String message) {
        super(message);
    }

    UnreadableRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
