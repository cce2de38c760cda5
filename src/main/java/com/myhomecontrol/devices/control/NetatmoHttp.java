package com.myhomecontrol.devices.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Requests to Netatmo over HTTP/1.1, their answers read into JSON and their errors into our
 * exceptions. The API reports errors as
 * {"error":{"code":n,"message":..}}, the token endpoint as OAuth2's {"error":"invalid_grant"}.
 */
final class NetatmoHttp {

    private static final int TOKEN_INVALID = 2;
    private static final int TOKEN_EXPIRED = 3;
    private static final int USAGE_REACHED = 26;
    private static final int REFRESH_TOKEN_INVALID = 30;
    private static final Set<String> AUTH_ERRORS = Set.of("invalid_grant", "invalid_client", "unauthorized_client");
    /** Netatmo sends no Retry-After; a minute lets the 10-second window pass and spares the hourly one. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

    private NetatmoHttp() {
    }

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Form or query parameters, URL-encoded. */
    static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonObject send(HttpClient http, HttpRequest request, String what) {
        try {
            return body(http.send(request, HttpResponse.BodyHandlers.ofString()), what);
        } catch (IOException e) {
            throw new NetatmoException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetatmoException(what + " was interrupted", e);
        }
    }

    static JsonObject body(HttpResponse<String> response, String what) {
        Optional<JsonObject> json = parse(response.body());
        if (response.statusCode() / 100 == 2 && json.isPresent()) {
            return json.get();
        }
        JsonValue error = json.map(j -> j.get("error")).orElse(null);
        String oauthError = error instanceof JsonString text ? text.getString() : null;
        int code = error instanceof JsonObject object ? object.getInt("code", 0) : 0;
        String message = what + " failed: HTTP " + response.statusCode() + (json.isPresent() ? " " + json.get() : "");
        if (response.statusCode() == 429 || code == USAGE_REACHED) {
            throw new NetatmoRateLimitedException("Netatmo rate limit reached: " + message, retryAfter(response));
        }
        if (code == TOKEN_INVALID || code == TOKEN_EXPIRED) {
            throw new NetatmoTokenRejectedException(message);
        }
        if (AUTH_ERRORS.contains(oauthError) || code == REFRESH_TOKEN_INVALID) {
            throw new NetatmoAuthFailedException("Netatmo refused the refresh token or the app credentials (" + message
                    + "): authorize the app again and set NETATMO_REFRESH_TOKEN to the new refresh token");
        }
        throw new NetatmoException(message);
    }

    private static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(NetatmoHttp::seconds)
                .orElse(DEFAULT_RETRY_AFTER);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip()))));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
