package com.myhomecontrol.emulation.control;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * Reading and answering the emulators' HTTP exchanges the way a plug does.
 */
final class Exchanges {

    private Exchanges() {
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** The session id in the request's cookie, or null. */
    static String sessionId(HttpExchange exchange) {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null) {
            return null;
        }
        return Arrays.stream(cookie.split(";"))
                .map(String::trim)
                .filter(pair -> pair.startsWith("TP_SESSIONID="))
                .map(pair -> pair.substring("TP_SESSIONID=".length()))
                .findFirst()
                .orElse(null);
    }

    /** A query parameter's value, or null. */
    static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1))
                .findFirst()
                .orElse(null);
    }

    static void setSessionCookie(HttpExchange exchange, String id, long timeoutSeconds) {
        exchange.getResponseHeaders().add("Set-Cookie", "TP_SESSIONID=" + id + ";TIMEOUT=" + timeoutSeconds);
    }

    static String newSessionId(Random random) {
        return HexFormat.of().withUpperCase().formatHex(RandomBytes.of(random, 16));
    }
}
