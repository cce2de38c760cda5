package com.myhomecontrol.emulation.control;

/**
 * The error codes a Tapo plug answers with.
 */
final class PlugErrorCodes {

    static final int SESSION_TIMEOUT = 9999;
    /** A plaintext request to a plug that speaks KLAP only. */
    static final int KLAP_ONLY = 1003;
    static final int UNKNOWN_METHOD = -1002;
    /** Also what firmware that knows no multipleRequest answers it with. */
    static final int JSON_DECODE_FAILED = -1003;
    static final int PARAMS_ERROR = -1008;
    static final int INVALID_PUBLIC_KEY = -1010;
    /** "Device error", also seen as "device busy". */
    static final int DEVICE_ERROR = -1301;
    static final int LOGIN_FAILED = -1501;
    /** What firmware without an emeter answers get_emeter_data with, instead of UNKNOWN_METHOD. */
    static final int FUNCTION_NOT_SUPPORTED = -40210;

    private PlugErrorCodes() {
    }
}
