package com.myhomecontrol.emulation.control;

import jakarta.json.JsonObject;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One HTTP answer of an emulated plug.
 *
 * @param setCookie the Set-Cookie header, or null
 */
record PlugResponse(int status, byte[] body, String setCookie) {

    static PlugResponse status(int status) {
        return new PlugResponse(status, new byte[0], null);
    }

    static PlugResponse ok(byte[] body) {
        return new PlugResponse(200, body, null);
    }

    static PlugResponse json(JsonObject json) {
        return ok(json.toString().getBytes(UTF_8));
    }

    /** The plug's session cookie, whose TIMEOUT attribute a client must not send back. */
    PlugResponse withSession(String id, long timeoutSeconds) {
        return new PlugResponse(status, body, "TP_SESSIONID=" + id + ";TIMEOUT=" + timeoutSeconds);
    }
}
