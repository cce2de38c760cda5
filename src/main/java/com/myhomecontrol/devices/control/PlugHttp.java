package com.myhomecontrol.devices.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs to one plug ({@code host} or {@code host:port}); the session cookie is passed by hand
 * because the plug wants it without its TIMEOUT attribute. Every plug shares one HttpClient: a
 * client has a selector thread and a thread pool of its own, which with a client per plug came to
 * four threads a plug (docs/benchmarks.md, device polling). Connections stay per plug, since the
 * client pools them by host and port, and it has no cookie handler, so sessions never mix.
 * A plug may close a connection after any answer (some answer as HTTP/1.0 and close after each
 * request; Wi-Fi drops connections), which the client only learns when it sends the next request on
 * it: such a request is sent once more, on a new connection, before the plug counts as silent.
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

    /** Sent again, as it is, when it failed on a connection the plug had closed. */
    Response post(String pathAndQuery, byte[] body, String cookie) {
        try {
            return postOnce(pathAndQuery, body, cookie);
        } catch (TapoConnectionClosedException e) {
            return postOnce(pathAndQuery, body, cookie);
        }
    }

    /** Throws {@link TapoConnectionClosedException} when the connection went away, for the caller to send again. */
    Response postOnce(String pathAndQuery, byte[] body, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return send(request.build());
        } catch (IOException e) {
            String message = "plug " + base + " did not answer: " + why(e);
            throw closedByThePlug(e) ? new TapoConnectionClosedException(message, e) : new TapoUnreachableException(message, e);
        }
    }

    private Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TapoUnreachableException("interrupted while waiting for " + base, e);
        }
    }

    /** Neither refused nor timed out: the connection was there and went away, so a new one may well answer. */
    private static boolean closedByThePlug(IOException e) {
        return !(e instanceof ConnectException) && !(e instanceof HttpTimeoutException);
    }

    /** The JDK's ConnectException says nothing itself: its cause does ("Connection refused"). */
    private static String why(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
