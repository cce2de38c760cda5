package com.myhomecontrol.emulation.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What a test reads back from an emulated plug: how often it was asked what. */
final class PlugCounters {

    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    void handshake() {
        handshakes.incrementAndGet();
    }

    void request() {
        requests.incrementAndGet();
    }

    void call(String method) {
        calls.computeIfAbsent(method, name -> new AtomicInteger()).incrementAndGet();
    }

    int handshakes() {
        return handshakes.get();
    }

    int requests() {
        return requests.get();
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }
}
