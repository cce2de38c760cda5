package com.myhomecontrol.emulation.control;

import jakarta.json.JsonObject;

import java.time.Instant;

import static com.myhomecontrol.emulation.control.EmulatorJson.JSON;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug of older firmware: no KLAP (404), an RSA handshake on /app, login_device for a token,
 * then requests wrapped in securePassthrough. One session at a time; an expired or superseded
 * one is answered 9999.
 */
final class SecurePassthroughEndpoint implements PlugEndpoint {

    private static final class Session {
        final String id;
        final EmulatedPassthroughCipher cipher;
        final Instant expiresAt;
        String token;

        Session(String id, EmulatedPassthroughCipher cipher, Instant expiresAt) {
            this.id = id;
            this.cipher = cipher;
            this.expiresAt = expiresAt;
        }
    }

    private final PlugSettings settings;
    private final PlugMethods methods;
    private final PlugCounters counters;
    private final PassthroughLoginCheck login;
    private Session session;

    SecurePassthroughEndpoint(PlugSettings settings, PlugMethods methods, PlugCounters counters) {
        this.settings = settings;
        this.methods = methods;
        this.counters = counters;
        this.login = new PassthroughLoginCheck(settings.credentials());
    }

    @Override
    public synchronized PlugResponse answer(PlugRequest request) {
        if (!"/app".equals(request.path()) || !request.isPost()) {
            return PlugResponse.status(404);
        }
        try {
            JsonObject envelope = EmulatorJson.object(new String(request.body(), UTF_8));
            return switch (envelope.getString("method", "")) {
                case "handshake" -> handshake(envelope.getJsonObject("params"));
                case "securePassthrough" -> PlugResponse.json(passthrough(request, envelope.getJsonObject("params").getString("request")));
                default -> PlugResponse.json(PlugMethods.error(PlugErrorCodes.UNKNOWN_METHOD));
            };
        } catch (UnreadableRequestException | ClassCastException | NullPointerException e) {
            return PlugResponse.json(PlugMethods.error(PlugErrorCodes.JSON_DECODE_FAILED));
        }
    }

    private PlugResponse handshake(JsonObject params) {
        byte[] keyMaterial = RandomBytes.of(settings.random(), EmulatedPassthroughCipher.KEY_MATERIAL_LENGTH);
        String encrypted;
        try {
            encrypted = PassthroughKeyHandOver.encryptFor(params.getString("key"), keyMaterial);
        } catch (UnreadableRequestException e) {
            return PlugResponse.json(PlugMethods.error(PlugErrorCodes.INVALID_PUBLIC_KEY));
        }
        counters.handshake();
        session = new Session(RandomBytes.sessionId(settings.random()), new EmulatedPassthroughCipher(keyMaterial),
                settings.clock().instant().plus(settings.sessionTimeout()));
        return PlugResponse.json(PlugMethods.ok(JSON.createObjectBuilder().add("key", encrypted)))
                .withSession(session.id, settings.sessionTimeout().toSeconds());
    }

    private JsonObject passthrough(PlugRequest request, String encryptedRequest) {
        Session current = session;
        if (current == null || !request.sessionId().filter(current.id::equals).isPresent()
                || !settings.clock().instant().isBefore(current.expiresAt)) {
            return PlugMethods.error(PlugErrorCodes.SESSION_TIMEOUT);
        }
        String inner = inner(current, request, current.cipher.decrypt(encryptedRequest));
        return PlugMethods.ok(JSON.createObjectBuilder().add("response", current.cipher.encrypt(inner)));
    }

    private String inner(Session current, PlugRequest request, String requestJson) {
        JsonObject inner = EmulatorJson.object(requestJson);
        if ("login_device".equals(inner.getString("method", ""))) {
            return login(current, inner.getJsonObject("params"));
        }
        if (current.token == null || !request.query("token").filter(current.token::equals).isPresent()) {
            return PlugMethods.error(PlugErrorCodes.SESSION_TIMEOUT).toString();
        }
        counters.request();
        return methods.answer(requestJson);
    }

    private String login(Session current, JsonObject params) {
        if (!login.accepts(params)) {
            return PlugMethods.error(PlugErrorCodes.LOGIN_FAILED).toString();
        }
        current.token = RandomBytes.sessionId(settings.random());
        return PlugMethods.ok(JSON.createObjectBuilder().add("token", current.token)).toString();
    }
}
