package com.myhomecontrol.devices.control;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * KLAP (v2): a two-step handshake that proves both sides know the auth hash, then signed
 * AES requests numbered by a sequence that starts where the seeds say (negative too).
 */
final class KlapTransport implements TapoTransport {

    private static final int SEED_LENGTH = 16;
    private static final int HANDSHAKE1_LENGTH = 48;

    private final PlugHttp http;
    private final byte[] authHash;
    private final Clock clock;
    private final Random seeds;
    private Session session;
    private int sessions;

    private static final class Session {
        final String cookie;
        final KlapCipher cipher;
        final Instant renewAt;
        int sequence;

        Session(String cookie, KlapCipher cipher, Instant renewAt) {
            this.cookie = cookie;
            this.cipher = cipher;
            this.renewAt = renewAt;
            this.sequence = cipher.initialSequence();
        }
    }

    KlapTransport(PlugHttp http, byte[] authHash, Clock clock, Random seeds) {
        this.http = http;
        this.authHash = authHash.clone();
        this.clock = clock;
        this.seeds = seeds;
    }

    @Override
    public synchronized String exchange(String requestJson) {
        openSession();
        return send(requestJson.getBytes(UTF_8));
    }

    @Override
    public synchronized void reset() {
        session = null;
    }

    @Override
    public String protocol() {
        return "klap";
    }

    @Override
    public synchronized int openSession() {
        if (session == null || !clock.instant().isBefore(session.renewAt)) {
            session = handshake();
        }
        return sessions;
    }

    synchronized void connect() {
        session = handshake();
    }

    /**
     * A request lost with its connection is sent again under the next sequence number, not the same
     * one: the plug may have read the first, and a plug may refuse a number it has seen.
     */
    private String send(byte[] plaintext) {
        try {
            return sendNumbered(plaintext);
        } catch (TapoConnectionClosedException e) {
            return sendNumbered(plaintext);
        }
    }

    private String sendNumbered(byte[] plaintext) {
        Session current = session;
        int sequence = ++current.sequence;
        PlugHttp.Response response = http.postOnce("/app/request?seq=" + sequence, current.cipher.seal(sequence, plaintext), current.cookie);
        if (response.status() != 200) {
            session = null;
            if (response.status() == 403) {
                throw new TapoSessionExpiredException("KLAP session rejected (HTTP 403)");
            }
            throw new TapoException("KLAP request answered HTTP " + response.status());
        }
        return new String(current.cipher.open(sequence, response.body()), UTF_8);
    }

    private Session handshake() {
        Instant start = clock.instant();
        byte[] localSeed = new byte[SEED_LENGTH];
        seeds.nextBytes(localSeed);
        PlugHttp.Response first = http.post("/app/handshake1", localSeed, null);
        if (first.status() == 404) {
            throw new KlapUnsupportedException(first.status());
        }
        if (first.status() != 200 || first.body().length != HANDSHAKE1_LENGTH) {
            throw new TapoException("KLAP handshake1 answered HTTP " + first.status() + " with " + first.body().length + " bytes");
        }
        byte[] remoteSeed = Arrays.copyOf(first.body(), SEED_LENGTH);
        byte[] plugProof = Arrays.copyOfRange(first.body(), SEED_LENGTH, HANDSHAKE1_LENGTH);
        if (!MessageDigest.isEqual(plugProof, KlapHashes.plugProof(localSeed, remoteSeed, authHash))) {
            throw new TapoAuthFailedException("KLAP handshake1: the plug's hash does not match the credentials");
        }
        SessionCookie cookie = SessionCookie.parse(first.setCookie());
        PlugHttp.Response second = http.post("/app/handshake2", KlapHashes.clientProof(localSeed, remoteSeed, authHash), cookie.header());
        if (second.status() != 200) {
            throw new TapoException("KLAP handshake2 answered HTTP " + second.status());
        }
        sessions++;
        return new Session(cookie.header(), new KlapCipher(localSeed, remoteSeed, authHash), cookie.renewAt(start));
    }
}
