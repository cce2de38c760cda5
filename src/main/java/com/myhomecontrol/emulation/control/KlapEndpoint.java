package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.control.KlapCipher;
import com.myhomecontrol.devices.control.KlapHashes;
import com.myhomecontrol.devices.control.TapoErrorCodes;
import com.myhomecontrol.devices.control.TapoException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug's KLAP endpoints. Like a plug it answers handshake1 for any credentials (with a hash
 * a wrong client cannot match), keeps one session: a newer handshake or expiry makes the old
 * one 403.
 */
final class KlapEndpoint implements HttpHandler {

    private static final int MAX_PENDING = 8;

    private record Pending(byte[] localSeed, byte[] remoteSeed) {
    }

    private record Active(String id, KlapCipher cipher, Instant expiresAt) {
    }

    private final PlugSettings settings;
    private final PlugMethods methods;
    private final byte[] authHash;
    private final Map<String, Pending> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };
    private final AtomicInteger handshakes = new AtomicInteger();
    private Active active;
    private volatile Integer lastSequence;

    KlapEndpoint(PlugSettings settings, PlugMethods methods) {
        this.settings = settings;
        this.methods = methods;
        this.authHash = KlapHashes.authHash(settings.credentials());
    }

    int handshakes() {
        return handshakes.get();
    }

    Integer lastSequence() {
        return lastSequence;
    }

    @Override
    public synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = Exchanges.body(exchange);
        if (!"POST".equals(exchange.getRequestMethod())) {
            Exchanges.respond(exchange, 405, new byte[0]);
            return;
        }
        switch (exchange.getRequestURI().getPath()) {
            case "/app/handshake1" -> handshake1(exchange, body);
            case "/app/handshake2" -> handshake2(exchange, body);
            case "/app/request" -> request(exchange, body);
            case "/app" -> Exchanges.respond(exchange, 200, PlugMethods.error(TapoErrorCodes.KLAP_ONLY).getBytes(UTF_8));
            default -> Exchanges.respond(exchange, 404, new byte[0]);
        }
    }

    private void handshake1(HttpExchange exchange, byte[] localSeed) throws IOException {
        if (localSeed.length != 16) {
            Exchanges.respond(exchange, 400, new byte[0]);
            return;
        }
        handshakes.incrementAndGet();
        byte[] remoteSeed = RandomBytes.of(settings.random(), 16);
        String id = Exchanges.newSessionId(settings.random());
        pending.put(id, new Pending(localSeed, remoteSeed));
        Exchanges.setSessionCookie(exchange, id, settings.sessionTimeout().toSeconds());
        byte[] answer = new byte[48];
        System.arraycopy(remoteSeed, 0, answer, 0, 16);
        System.arraycopy(KlapHashes.plugProof(localSeed, remoteSeed, authHash), 0, answer, 16, 32);
        Exchanges.respond(exchange, 200, answer);
    }

    private void handshake2(HttpExchange exchange, byte[] clientProof) throws IOException {
        String id = Exchanges.sessionId(exchange);
        Pending seeds = id == null ? null : pending.remove(id);
        if (seeds == null || !MessageDigest.isEqual(clientProof, KlapHashes.clientProof(seeds.localSeed(), seeds.remoteSeed(), authHash))) {
            Exchanges.respond(exchange, 403, new byte[0]);
            return;
        }
        KlapCipher cipher = new KlapCipher(seeds.localSeed(), seeds.remoteSeed(), authHash);
        active = new Active(id, cipher, settings.clock().instant().plus(settings.sessionTimeout()));
        Exchanges.respond(exchange, 200, new byte[0]);
    }

    private void request(HttpExchange exchange, byte[] body) throws IOException {
        String id = Exchanges.sessionId(exchange);
        if (active == null || !active.id().equals(id) || !settings.clock().instant().isBefore(active.expiresAt())) {
            Exchanges.respond(exchange, 403, new byte[0]);
            return;
        }
        int sequence;
        String plaintext;
        try {
            sequence = Integer.parseInt(Exchanges.query(exchange, "seq"));
            plaintext = new String(active.cipher().open(sequence, body), UTF_8);
        } catch (NumberFormatException | TapoException e) {
            Exchanges.respond(exchange, 400, new byte[0]);
            return;
        }
        lastSequence = sequence;
        String answer = methods.answer(plaintext);
        Exchanges.respond(exchange, 200, active.cipher().seal(sequence, answer.getBytes(UTF_8)));
    }

}
