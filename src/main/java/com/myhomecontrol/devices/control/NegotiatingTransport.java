package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.time.Clock;
import java.util.Random;

/**
 * Tries KLAP first, as current firmware speaks it, and falls back to securePassthrough when the
 * plug has no KLAP handshake. The choice holds for the life of the client.
 */
final class NegotiatingTransport implements TapoTransport {

    private final PlugHttp http;
    private final TapoCredentials credentials;
    private final Clock clock;
    private final Random seeds;
    private TapoTransport chosen;

    NegotiatingTransport(PlugHttp http, TapoCredentials credentials, Clock clock, Random seeds) {
        this.http = http;
        this.credentials = credentials;
        this.clock = clock;
        this.seeds = seeds;
    }

    @Override
    public synchronized String exchange(String requestJson) {
        return chosen().exchange(requestJson);
    }

    @Override
    public synchronized void reset() {
        if (chosen != null) {
            chosen.reset();
        }
    }

    @Override
    public synchronized String protocol() {
        return chosen == null ? "unknown" : chosen.protocol();
    }

    @Override
    public synchronized int openSession() {
        return chosen().openSession();
    }

    private TapoTransport chosen() {
        if (chosen == null) {
            chosen = negotiate();
        }
        return chosen;
    }

    private TapoTransport negotiate() {
        KlapTransport klap = new KlapTransport(http, KlapHashes.authHash(credentials), clock, seeds);
        try {
            klap.connect();
            return klap;
        } catch (KlapUnsupportedException e) {
            return new SecurePassthroughTransport(http, credentials, clock);
        }
    }
}
