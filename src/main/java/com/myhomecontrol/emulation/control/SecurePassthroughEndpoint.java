package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.control.PassthroughCipher;
import com.myhomecontrol.devices.control.PassthroughLogin;
import com.myhomecontrol.devices.control.RsaKeys;
import com.myhomecontrol.devices.control.TapoErrorCodes;
import com.myhomecontrol.devices.control.TapoException;
import com.myhomecontrol.devices.control.TapoJson;
import com.myhomecontrol.platform.control.JsonProviders;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug of older firmware: no KLAP (404), an RSA handshake on /app, login_device for a token,
 * then requests wrapped in securePassthrough. One session at a time; an expired or superseded
 * one is answered 9999.
 */
final class SecurePassthroughEndpoint implements HttpHandler {

    private static final class Session {
        final String id;
        final PassthroughCipher cipher;
        final Instant expiresAt;
        String token;

        Session(String id, PassthroughCipher cipher, Instant expiresAt) {
            this.id = id;
            this.cipher = cipher;
            this.expiresAt = expiresAt;
        }
    }

    private final PlugSettings settings;
    private final PlugMethods methods;
    private int handshakes;
    private Session session;

    SecurePassthroughEndpoint(PlugSettings settings, PlugMethods methods) {
        this.settings = settings;
        this.methods = methods;
    }

    synchronized int handshakes() {
        return handshakes;
    }

    @Override
    public synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = Exchanges.body(exchange);
        if (!"/app".equals(exchange.getRequestURI().getPath()) || !"POST".equals(exchange.getRequestMethod())) {
            Exchanges.respond(exchange, 404, new byte[0]);
            return;
        }
        String answer;
        try {
            JsonObject request = TapoJson.parse(new String(body, UTF_8));
            answer = switch (request.getString("method", "")) {
                case "handshake" -> handshake(exchange, request.getJsonObject("params"));
                case "securePassthrough" -> passthrough(exchange, request.getJsonObject("params").getString("request"));
                default -> PlugMethods.error(TapoErrorCodes.UNKNOWN_METHOD);
            };
        } catch (TapoException | ClassCastException | NullPointerException e) {
            answer = PlugMethods.error(TapoErrorCodes.JSON_DECODE_FAILED);
        }
        Exchanges.respond(exchange, 200, answer.getBytes(UTF_8));
    }

    private String handshake(HttpExchange exchange, JsonObject params) {
        byte[] keyMaterial = RandomBytes.of(settings.random(), PassthroughCipher.KEY_MATERIAL_LENGTH);
        byte[] encrypted;
        try {
            encrypted = RsaKeys.encrypt(RsaKeys.parsePem(params.getString("key")), keyMaterial);
        } catch (TapoException e) {
            return PlugMethods.error(TapoErrorCodes.INVALID_PUBLIC_KEY);
        }
        handshakes++;
        session = new Session(Exchanges.newSessionId(settings.random()), new PassthroughCipher(keyMaterial),
                settings.clock().instant().plus(settings.sessionTimeout()));
        Exchanges.setSessionCookie(exchange, session.id, settings.sessionTimeout().toSeconds());
        return PlugMethods.ok(JsonProviders.JSON.createObjectBuilder().add("key", Base64.getEncoder().encodeToString(encrypted)));
    }

    private String passthrough(HttpExchange exchange, String encryptedRequest) {
        Session current = session;
        if (current == null || !current.id.equals(Exchanges.sessionId(exchange)) || !settings.clock().instant().isBefore(current.expiresAt)) {
            return PlugMethods.error(TapoErrorCodes.SESSION_TIMEOUT);
        }
        String inner = inner(current, exchange, current.cipher.decrypt(encryptedRequest));
        return PlugMethods.ok(JsonProviders.JSON.createObjectBuilder().add("response", current.cipher.encrypt(inner)));
    }

    private String inner(Session current, HttpExchange exchange, String requestJson) {
        JsonObject request = TapoJson.parse(requestJson);
        if ("login_device".equals(request.getString("method", ""))) {
            return login(current, request.getJsonObject("params"));
        }
        if (current.token == null || !current.token.equals(Exchanges.query(exchange, "token"))) {
            return PlugMethods.error(TapoErrorCodes.SESSION_TIMEOUT);
        }
        return methods.answer(requestJson);
    }

    private String login(Session current, JsonObject params) {
        boolean valid = PassthroughLogin.username(settings.credentials()).equals(params.getString("username", null))
                && PassthroughLogin.password(settings.credentials()).equals(params.getString("password", null));
        if (!valid) {
            return PlugMethods.error(TapoErrorCodes.LOGIN_FAILED);
        }
        current.token = Exchanges.newSessionId(settings.random());
        return PlugMethods.ok(JsonProviders.JSON.createObjectBuilder().add("token", current.token));
    }
}
