package com.myhomecontrol.devices.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The session cookie a plug sets ({@code TP_SESSIONID=<id>;TIMEOUT=<s>}, some firmware
 * {@code SESSIONID}) and when the client renews it: well before the plug lets it expire.
 */
record SessionCookie(String name, String id, Duration timeout) {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(86400);
    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofMinutes(20);

    static SessionCookie parse(Optional<String> setCookie) {
        String header = setCookie.orElseThrow(() -> new TapoException("the plug set no session cookie"));
        String name = null;
        String id = null;
        Duration timeout = DEFAULT_TIMEOUT;
        for (String attribute : header.split(";")) {
            String[] pair = attribute.trim().split("=", 2);
            if (pair.length < 2) {
                continue;
            }
            if (pair[0].equals("TP_SESSIONID") || pair[0].equals("SESSIONID")) {
                name = pair[0];
                id = pair[1];
            } else if (pair[0].equalsIgnoreCase("TIMEOUT")) {
                timeout = Duration.ofSeconds(Long.parseLong(pair[1]));
            }
        }
        if (id == null) {
            throw new TapoException("no session id in cookie " + header);
        }
        return new SessionCookie(name, id, timeout);
    }

    String header() {
        return name + "=" + id;
    }

    Instant renewAt(Instant start) {
        Duration half = timeout.dividedBy(2);
        return start.plus(timeout).minus(half.compareTo(MAX_RENEWAL_MARGIN) < 0 ? half : MAX_RENEWAL_MARGIN);
    }
}
