package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to the running benchmark server over HTTP/1.1, as the viewer or the operator; anything but a 2xx fails the run. */
final class ApiClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final BenchmarkServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(BenchmarkServer server) {
        this.server = server;
    }

    /** The body of a GET as the viewer. */
    byte[] viewerGet(String pathAndQuery) throws IOException, InterruptedException {
        return viewerGetAccepting(pathAndQuery, "identity").body();
    }

    /** A GET as the viewer with the Accept-Encoding given; the answer as it came, compressed or not. */
    HttpResponse<byte[]> viewerGetAccepting(String pathAndQuery, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri(pathAndQuery))
                .header("Authorization", server.viewerAuthorization())
                .header("Accept-Encoding", acceptEncoding)
                .timeout(REQUEST_TIMEOUT)
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        expectSuccess(response);
        return response;
    }

    /** A GET without credentials, of what needs none. */
    byte[] anonymousGet(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri(pathAndQuery)).timeout(REQUEST_TIMEOUT).GET().build();
        return expectSuccess(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** Posts a JSON body as the operator. */
    void operatorPost(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", server.operatorAuthorization())
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        expectSuccess(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static byte[] expectSuccess(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }
}
