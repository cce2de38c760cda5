package com.myhomecontrol.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP calls to the test server as one of its users, and what the answers hold. */
public final class Api {

    /** The body limit the test server runs with, small enough to exceed cheaply. */
    public static final long MAX_BODY_BYTES = 4 * 1024 * 1024;

    public enum User {
        ADMIN("admin", "it.admin.password"),
        OPERATOR("operator", "it.operator.password"),
        VIEWER("viewer", "it.viewer.password"),
        ANONYMOUS(null, null);

        private final String name;
        private final String passwordProperty;

        User(String name, String passwordProperty) {
            this.name = name;
            this.passwordProperty = passwordProperty;
        }

        public String authorization() {
            return basic(name, password());
        }

        public String userName() {
            return name;
        }

        public String password() {
            return System.getProperty(passwordProperty);
        }
    }

    /** HTTP/1.1 as browsers and the dashboards speak it to a plain-HTTP port; no h2c upgrade attempts. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    public static HttpResponse<String> get(String path, User user) {
        return send(request(path, user).GET(), null);
    }

    public static HttpResponse<String> post(String path, String json, User user) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    public static HttpResponse<String> put(String path, String json, User user) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    public static HttpResponse<String> delete(String path, User user) {
        return send(request(path, user).DELETE(), null);
    }

    /** Any method with a body of raw bytes (null for none): bytes that no String holds, such as invalid UTF-8. */
    public static HttpResponse<String> send(String method, String path, byte[] body, User user) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(request(path, user).header("Content-Type", "application/json").method(method, publisher), null);
    }

    public static HttpResponse<String> getWithAuthorization(String path, String authorization) {
        return send(HttpRequest.newBuilder(LibertyServer.baseUri().resolve(path)).timeout(Duration.ofSeconds(60)).GET(), authorization);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    public static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private static HttpRequest.Builder request(String path, User user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(LibertyServer.baseUri().resolve(path)).timeout(Duration.ofSeconds(60));
        return user == User.ANONYMOUS ? builder : builder.header("Authorization", user.authorization());
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder, String authorization) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
