package com.myhomecontrol.emulation.control;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The sockets the emulated devices listen on, on the loopback address only. */
final class LoopbackServers {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private LoopbackServers() {
    }

    /**
     * Port 0 takes a free one. The JDK server leaves Nagle's algorithm on unless told otherwise,
     * read once when its first server starts: small answers then wait for the client's delayed
     * ACK, about 40 ms each, which a real device does not make its clients wait.
     */
    static HttpServer listen(int port) {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on loopback port " + port, e);
        }
    }

    /** A plain server socket, for an emulator that speaks HTTP itself; port 0 takes a free one. */
    static ServerSocket listenRaw(int port) {
        try {
            return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on loopback port " + port, e);
        }
    }
}
