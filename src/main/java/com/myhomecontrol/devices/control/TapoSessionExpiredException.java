package com.myhomecontrol.devices.control;

/**
 * The plug no longer knows the session: KLAP answers 403, securePassthrough error_code 9999 (in
 * its envelope or in the answer). The client opens a new session and asks once more.
 */
class TapoSessionExpiredException extends TapoException {

    TapoSessionExpiredException(String message) {
        super(message);
    }
}
