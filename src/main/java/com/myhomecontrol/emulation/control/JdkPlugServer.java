package com.myhomecontrol.emulation.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A plug's endpoint on the JDK's HTTP server, which keeps connections alive as a healthy plug
 * does; each server has its own dispatcher thread, as each real plug answers on its own.
 */
final class JdkPlugServer implements PlugServer {

    private final HttpServer server;

    private JdkPlugServer(HttpServer server) {
        this.server = server;
    }

    static JdkPlugServer start(int port, PlugEndpoint endpoint) {
        HttpServer server = LoopbackServers.listen(port);
        server.createContext("/", exchange -> respond(exchange, endpoint.answer(request(exchange))));
        server.start();
        return new JdkPlugServer(server);
    }

    @Override
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public int connectionsClosedUnanswered() {
        return 0;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static PlugRequest request(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        return new PlugRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                exchange.getRequestHeaders().getFirst("Cookie"), Exchanges.body(exchange));
    }

    private static void respond(HttpExchange exchange, PlugResponse response) throws IOException {
        if (response.setCookie() != null) {
            exchange.getResponseHeaders().add("Set-Cookie", response.setCookie());
        }
        Exchanges.respond(exchange, response.status(), response.body());
    }
}
