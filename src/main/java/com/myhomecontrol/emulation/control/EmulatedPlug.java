package com.myhomecontrol.emulation.control;

import com.sun.net.httpserver.HttpServer;


/**
 * A Tapo P115 emulated on loopback, speaking KLAP or, per its settings, securePassthrough.
 */
public final class EmulatedPlug implements AutoCloseable {

    private final HttpServer server;
    private final KlapEndpoint klap;
    private final SecurePassthroughEndpoint securePassthrough;

    private EmulatedPlug(HttpServer server, KlapEndpoint klap, SecurePassthroughEndpoint securePassthrough) {
        this.server = server;
        this.klap = klap;
        this.securePassthrough = securePassthrough;
    }

    /** Starts the plug on {@code port} of the loopback address; 0 takes a free one. */
    public static EmulatedPlug start(PlugSettings settings, int port) {
        PlugMethods methods = new PlugMethods(settings);
        HttpServer server = LoopbackServers.listen(port);
        KlapEndpoint klap = settings.securePassthrough() ? null : new KlapEndpoint(settings, methods);
        SecurePassthroughEndpoint securePassthrough = settings.securePassthrough() ? new SecurePassthroughEndpoint(settings, methods) : null;
        server.createContext("/app", klap != null ? klap : securePassthrough);
        server.start();
        return new EmulatedPlug(server, klap, securePassthrough);
    }

    /** {@code 127.0.0.1:port}, as a client addresses it. */
    public String host() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Handshakes begun: handshake1 under KLAP, the RSA handshake under securePassthrough. */
    public int handshakes() {
        return klap != null ? klap.handshakes() : securePassthrough.handshakes();
    }

    /** The sequence number of the last KLAP request the plug accepted, null before any. */
    public Integer lastSequence() {
        return klap == null ? null : klap.lastSequence();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
