package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * securePassthrough, the transport of older firmware: an RSA handshake hands over an AES key,
 * login_device yields a token, and every request travels encrypted inside a plain envelope.
 */
final class SecurePassthroughTransport implements TapoTransport {

    private final PlugHttp http;
    private final TapoCredentials credentials;
    private final Clock clock;
    private KeyPair keys;
    private Session session;
    private int sessions;

    private record Session(String cookie, PassthroughCipher cipher, Instant renewAt, String token) {
    }

    SecurePassthroughTransport(PlugHttp http, TapoCredentials credentials, Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public synchronized String exchange(String requestJson) {
        openSession();
        return send(session, requestJson);
    }

    @Override
    public synchronized void reset() {
        session = null;
    }

    @Override
    public String protocol() {
        return "securePassthrough";
    }

    @Override
    public synchronized int openSession() {
        if (session == null || !clock.instant().isBefore(session.renewAt())) {
            session = login();
        }
        return sessions;
    }

    private Session login() {
        Instant start = clock.instant();
        if (keys == null) {
            keys = RsaKeys.generate();
        }
        String handshake = TapoJson.request("handshake", JsonProviders.JSON.createObjectBuilder().add("key", RsaKeys.pem(keys.getPublic())).build());
        PlugHttp.Response response = http.post("/app", handshake.getBytes(UTF_8), null);
        JsonObject result = TapoJson.result(answer(response), "handshake");
        byte[] keyMaterial = RsaKeys.decrypt(keys.getPrivate(), Base64.getDecoder().decode(result.getString("key")));
        SessionCookie cookie = SessionCookie.parse(response.setCookie());
        Session anonymous = new Session(cookie.header(), new PassthroughCipher(keyMaterial), cookie.renewAt(start), null);
        JsonObject params = JsonProviders.JSON.createObjectBuilder()
                .add("username", PassthroughLogin.username(credentials))
                .add("password", PassthroughLogin.password(credentials))
                .build();
        String login = send(anonymous, TapoJson.request("login_device", params));
        String token = TapoJson.result(TapoJson.parse(login), "login_device").getString("token");
        sessions++;
        return new Session(anonymous.cookie(), anonymous.cipher(), anonymous.renewAt(), token);
    }

    private String send(Session current, String requestJson) {
        String envelope = TapoJson.request("securePassthrough",
                JsonProviders.JSON.createObjectBuilder().add("request", current.cipher().encrypt(requestJson)).build());
        String path = current.token() == null ? "/app" : "/app?token=" + current.token();
        JsonObject result = TapoJson.result(answer(http.post(path, envelope.getBytes(UTF_8), current.cookie())), "securePassthrough");
        return current.cipher().decrypt(result.getString("response"));
    }

    private static JsonObject answer(PlugHttp.Response response) {
        if (response.status() != 200) {
            throw new TapoException("securePassthrough answered HTTP " + response.status());
        }
        return TapoJson.parse(new String(response.body(), UTF_8));
    }
}
