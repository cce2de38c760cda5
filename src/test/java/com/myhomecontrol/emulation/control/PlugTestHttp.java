package com.myhomecontrol.emulation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Plain HTTP posts to an emulated plug, the way any client would send them. */
final class PlugTestHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PlugTestHttp() {
    }

    static HttpResponse<byte[]> post(String host, String pathAndQuery, byte[] body, String cookie) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static JsonObject json(byte[] body) {
        return json(new String(body, UTF_8));
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** "TP_SESSIONID=..." of the Set-Cookie header, without its TIMEOUT attribute. */
    static String sessionCookie(HttpResponse<?> response) {
        String setCookie = response.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new UncheckedIOException(new IOException("no Set-Cookie")));
        return setCookie.split(";")[0];
    }
}
