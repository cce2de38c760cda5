package com.myhomecontrol.devices.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs to one plug ({@code host} or {@code host:port}); the session cookie is passed by hand
 * because the plug wants it without its TIMEOUT attribute. Every plug shares one HttpClient: a
 * client has a selector thread and a thread pool of its own, which with a client per plug came to
 * four threads a plug (docs/benchmarks.md, device polling). Connections stay per plug, since the
 * client pools them by host and port, and it has no cookie handler, so sessions never mix.
 */
final class PlugHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    record Response(int status, byte[] body, Optional<String> setCookie) {
    }

    private final String base;

    PlugHttp(String host) {
        base = "http://" + host;
    }

    Response post(String pathAndQuery, byte[] body, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie"));
        } catch (IOException e) {
            throw new TapoUnreachableException("plug " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TapoUnreachableException("interrupted while waiting for " + base, e);
        }
    }
}
