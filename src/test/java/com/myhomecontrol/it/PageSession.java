package com.myhomecontrol.it;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a browser does with the sign-in form and its cookie, at the HTTP level: the answers'
 * headers, which a browser hides, and requests a page would never make (a write without the token).
 */
public final class PageSession {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .sslContext(LibertyBatchApi.trustingTheTestServer())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String cookie;

    private PageSession(URI base, String cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    public static URI http() {
        return LibertyServer.baseUri();
    }

    public static URI https() {
        LibertyServer.ensureRunning();
        return URI.create("https://localhost:" + System.getProperty("it.https.port"));
    }

    /** Posts the sign-in form; answers the server's answer, whose Set-Cookie a browser would keep. */
    public static HttpResponse<String> postSignIn(URI base, String user, String password, String next, String origin) {
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&next=" + encode(next);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    public static PageSession signIn(Api.User user) {
        HttpResponse<String> answer = postSignIn(http(), user.userName(), user.password(), "/", null);
        String setCookie = answer.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new AssertionError("No session cookie: " + answer.statusCode() + " " + answer.headers()));
        return new PageSession(http(), setCookie.substring(0, setCookie.indexOf(';')));
    }

    public String csrfToken() {
        return Api.parse(get("/api/session")).asJsonObject().getString("csrf_token");
    }

    public JsonObject caller() {
        return Api.parse(get("/api/session")).asJsonObject();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A JSON post with the cookie, carrying {@code csrfToken} in X-CSRF-Token unless it is null. */
    public HttpResponse<String> post(String path, String json, String csrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).header("X-Requested-With", "fetch");
    }

    public static HttpResponse<String> anonymousGet(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
