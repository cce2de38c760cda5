package com.myhomecontrol.emulation.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One HTTP request to an emulated plug, as either of its servers read it.
 *
 * @param rawQuery the query after '?', or null
 * @param cookie   the Cookie header, or null
 */
record PlugRequest(String method, String path, String rawQuery, String cookie, byte[] body) {

    private static final String SESSION_COOKIE = "TP_SESSIONID=";

    boolean isPost() {
        return "POST".equals(method);
    }

    /** The TP_SESSIONID the request carries. */
    Optional<String> sessionId() {
        return pairs(cookie, ";").filter(pair -> pair.startsWith(SESSION_COOKIE)).findFirst()
                .map(pair -> pair.substring(SESSION_COOKIE.length()));
    }

    Optional<String> query(String name) {
        return pairs(rawQuery, "&").filter(pair -> pair.startsWith(name + "=")).findFirst()
                .map(pair -> pair.substring(name.length() + 1));
    }

    private static Stream<String> pairs(String text, String separator) {
        return text == null ? Stream.empty() : Arrays.stream(text.split(separator)).map(String::trim);
    }
}
