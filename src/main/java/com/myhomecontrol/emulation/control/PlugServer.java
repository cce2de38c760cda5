package com.myhomecontrol.emulation.control;

import java.net.InetSocketAddress;

/** The HTTP server an emulated plug answers on. */
interface PlugServer extends AutoCloseable {

    InetSocketAddress address();

    /** Connections closed on a request without answering it. */
    int connectionsClosedUnanswered();

    @Override
    void close();
}
