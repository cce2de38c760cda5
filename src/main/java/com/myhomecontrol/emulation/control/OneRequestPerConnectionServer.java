package com.myhomecontrol.emulation.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plug's HTTP server that serves one request per TCP connection yet answers as plain HTTP/1.1,
 * with no "Connection: close", so a client pools the connection. A second request on it is read
 * to its end and met by closing the socket without an answer: the client then sees what it sees
 * from a plug that dropped the connection after answering (JDK HttpClient: "header parser
 * received no bytes"). The connection stays open until that request arrives, rather than being
 * closed after the answer, so that the failure does not depend on whether the client noticed
 * the close before reusing the connection.
 */
final class OneRequestPerConnectionServer implements PlugServer {

    private final ServerSocket listening;
    private final PlugEndpoint endpoint;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger closedUnanswered = new AtomicInteger();

    private OneRequestPerConnectionServer(ServerSocket listening, PlugEndpoint endpoint) {
        this.listening = listening;
        this.endpoint = endpoint;
    }

    static OneRequestPerConnectionServer start(int port, PlugEndpoint endpoint) {
        OneRequestPerConnectionServer server = new OneRequestPerConnectionServer(LoopbackServers.listenRaw(port), endpoint);
        daemon("plug-accept-" + server.address().getPort(), server::accept);
        return server;
    }

    @Override
    public InetSocketAddress address() {
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    @Override
    public int connectionsClosedUnanswered() {
        return closedUnanswered.get();
    }

    @Override
    public void close() {
        try {
            listening.close();
            for (Socket connection : connections) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket connection = listening.accept();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                daemon("plug-connection-" + connection.getPort(), () -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            PlugRequest first = RawHttp.read(in);
            if (first == null) {
                return;
            }
            RawHttp.write(connection.getOutputStream(), endpoint.answer(first));
            if (RawHttp.read(in) != null) {
                closedUnanswered.incrementAndGet();
            }
        } catch (IOException e) {
            // the client went away or sent what is not HTTP: the connection ends either way
        } finally {
            connections.remove(connection);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
