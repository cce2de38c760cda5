package com.myhomecontrol.emulation.control;

/**
 * A Tapo plug emulated on loopback, running the firmware its settings name (KLAP or
 * securePassthrough), on a server that keeps connections alive or, per its settings, closes them
 * after one request. Its counters tell a test what a client asked.
 */
public final class EmulatedPlug implements AutoCloseable {

    private final PlugServer server;
    private final PlugCounters counters;
    private final KlapEndpoint klap;

    private EmulatedPlug(PlugServer server, PlugCounters counters, KlapEndpoint klap) {
        this.server = server;
        this.counters = counters;
        this.klap = klap;
    }

    /** Starts the plug on {@code port} of the loopback address; 0 takes a free one. */
    public static EmulatedPlug start(PlugSettings settings, int port) {
        PlugCounters counters = new PlugCounters();
        PlugMethods methods = new PlugMethods(settings, counters);
        KlapEndpoint klap = settings.firmware().securePassthrough() ? null : new KlapEndpoint(settings, methods, counters);
        PlugEndpoint endpoint = klap != null ? klap : new SecurePassthroughEndpoint(settings, methods, counters);
        PlugServer server = settings.closesConnections()
                ? OneRequestPerConnectionServer.start(port, endpoint)
                : JdkPlugServer.start(port, endpoint);
        return new EmulatedPlug(server, counters, klap);
    }

    /** {@code 127.0.0.1:port}, as a client addresses it. */
    public String host() {
        return server.address().getAddress().getHostAddress() + ":" + server.address().getPort();
    }

    /** Handshakes begun: handshake1 under KLAP, the RSA handshake under securePassthrough. */
    public int handshakes() {
        return counters.handshakes();
    }

    /**
     * Encrypted round trips after the handshake that the plug read and answered: KLAP
     * /app/request posts, securePassthrough envelopes other than login_device.
     */
    public int requests() {
        return counters.requests();
    }

    /** How often {@code method} was asked, alone or inside a multipleRequest; "multipleRequest" counts the batches. */
    public int calls(String method) {
        return counters.calls(method);
    }

    /** The sequence number of the last KLAP request the plug accepted, null before any. */
    public Integer lastSequence() {
        return klap == null ? null : klap.lastSequence();
    }

    /** Connections a closing plug ended on a second request, without answering it; 0 for others. */
    public int connectionsClosedUnanswered() {
        return server.connectionsClosedUnanswered();
    }

    @Override
    public void close() {
        server.close();
    }
}
