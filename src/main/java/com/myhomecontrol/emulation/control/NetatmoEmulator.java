package com.myhomecontrol.emulation.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static com.myhomecontrol.emulation.control.EmulatorJson.JSON;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The Netatmo Weather API of one account on loopback: /oauth2/token (refresh grant with rotation),
 * /api/getstationsdata and /api/getmeasure with Bearer tokens, Netatmo's error answers and its
 * rate limit. Port 0 takes a free port.
 */
public class NetatmoEmulator implements AutoCloseable {

    private final NetatmoEmulatorSettings settings;
    private final NetatmoEmulatedTokens tokens;
    private final NetatmoRateLimit rateLimit;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "netatmo-emulator");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public NetatmoEmulator(NetatmoEmulatorSettings settings, int port) {
        this.settings = settings;
        this.tokens = new NetatmoEmulatedTokens(settings.refreshToken(), settings.accessTokenLifetime(), settings.clock());
        this.rateLimit = new NetatmoRateLimit(settings.rateLimitRequests(), settings.rateLimitWindow(), settings.clock());
        server = LoopbackServers.listen(port);
        server.setExecutor(executor);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/api/getstationsdata", exchange -> api(exchange, query -> stationsData()));
        server.createContext("/api/getmeasure", exchange -> api(exchange, this::measure));
        server.start();
    }

    public NetatmoEmulatorSettings settings() {
        return settings;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many requests reached the path (rate-limited ones included). */
    public int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    public int tokenRefreshes() {
        return tokens.refreshes();
    }

    /** Lets the access tokens handed out so far expire, as they do after expires_in. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void token(HttpExchange exchange) throws IOException {
        count(exchange);
        Map<String, String> form = decode(new String(Exchanges.body(exchange), UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !"refresh_token".equals(form.get("grant_type"))) {
            oauthError(exchange, "unsupported_grant_type");
        } else if (!settings.clientId().equals(form.get("client_id")) || !settings.clientSecret().equals(form.get("client_secret"))) {
            oauthError(exchange, "invalid_client");
        } else {
            Optional<NetatmoEmulatedTokens.Grant> grant = tokens.refresh(form.get("refresh_token"));
            if (grant.isEmpty()) {
                oauthError(exchange, "invalid_grant");
                return;
            }
            long seconds = grant.get().lifetime().toSeconds();
            send(exchange, 200, JSON.createObjectBuilder().add("access_token", grant.get().accessToken())
                    .add("refresh_token", grant.get().refreshToken()).add("expires_in", seconds).add("expire_in", seconds)
                    .add("scope", JSON.createArrayBuilder().add("read_station")).build());
        }
    }

    private interface Method {
        JsonObject answer(Map<String, String> query) throws NetatmoApiError;
    }

    private void api(HttpExchange exchange, Method method) throws IOException {
        count(exchange);
        Exchanges.body(exchange);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        try {
            if (!rateLimit.allow()) {
                throw new NetatmoApiError(403, 26, "User usage reached");
            }
            switch (tokens.check(bearer)) {
                case INVALID -> throw new NetatmoApiError(403, 2, "Invalid access_token");
                case EXPIRED -> throw new NetatmoApiError(403, 3, "Access token expired");
                case VALID -> send(exchange, 200, method.answer(decode(exchange.getRequestURI().getRawQuery())));
            }
        } catch (NetatmoApiError e) {
            send(exchange, e.status(), JSON.createObjectBuilder().add("error",
                    JSON.createObjectBuilder().add("code", e.code()).add("message", e.getMessage())).build());
        }
    }

    private JsonObject stationsData() {
        return NetatmoEmulatedStation.stationsData(settings.clock().instant().getEpochSecond());
    }

    private JsonObject measure(Map<String, String> query) throws NetatmoApiError {
        return NetatmoMeasureAnswer.of(query, settings.clock().instant().getEpochSecond());
    }

    private void count(HttpExchange exchange) {
        calls.computeIfAbsent(exchange.getHttpContext().getPath(), path -> new AtomicInteger()).incrementAndGet();
    }

    private static void oauthError(HttpExchange exchange, String error) throws IOException {
        send(exchange, 400, JSON.createObjectBuilder().add("error", error).build());
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                values.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, JsonObject json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        Exchanges.respond(exchange, status, json.toString().getBytes(UTF_8));
    }
}
