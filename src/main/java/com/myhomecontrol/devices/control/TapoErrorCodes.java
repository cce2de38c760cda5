package com.myhomecontrol.devices.control;

import java.util.Map;

/**
 * The plug's error codes as exceptions that say what went wrong.
 */
public final class TapoErrorCodes {

    public static final int SESSION_TIMEOUT = 9999;
    public static final int KLAP_ONLY = 1003;
    public static final int UNKNOWN_METHOD = -1002;
    public static final int JSON_DECODE_FAILED = -1003;
    public static final int PARAMS_ERROR = -1008;
    public static final int INVALID_PUBLIC_KEY = -1010;
    public static final int LOGIN_FAILED = -1501;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(SESSION_TIMEOUT, "session timed out"),
            Map.entry(KLAP_ONLY, "the plug speaks KLAP only"),
            Map.entry(-1001, "unspecified error"),
            Map.entry(UNKNOWN_METHOD, "method not supported by this plug"),
            Map.entry(JSON_DECODE_FAILED, "request not understood (some firmware rejects multipleRequest)"),
            Map.entry(PARAMS_ERROR, "invalid parameters"),
            Map.entry(INVALID_PUBLIC_KEY, "public key rejected"),
            Map.entry(-1101, "session parameters rejected"),
            Map.entry(-1301, "device error or busy"),
            Map.entry(-1, "common failure"),
            Map.entry(LOGIN_FAILED, "login failed: wrong credentials"));

    private TapoErrorCodes() {
    }

    public static TapoException exception(int errorCode, String method) {
        String message = method + " failed with error_code " + errorCode + ": " + MEANINGS.getOrDefault(errorCode, "unknown error");
        return switch (errorCode) {
            case LOGIN_FAILED -> new TapoAuthFailedException(message);
            case SESSION_TIMEOUT -> new TapoSessionExpiredException(message);
            default -> new TapoErrorCodeException(errorCode, message);
        };
    }
}
