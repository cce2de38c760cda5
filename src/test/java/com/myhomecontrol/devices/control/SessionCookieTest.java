package com.myhomecontrol.devices.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionCookieTest {

    private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void sendsTheIdWithoutTheTimeoutAndRenewsTwentyMinutesEarly() {
        SessionCookie cookie = SessionCookie.parse(Optional.of("TP_SESSIONID=ABC123;TIMEOUT=86400"));
        assertEquals("TP_SESSIONID=ABC123", cookie.header());
        assertEquals(START.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(20)), cookie.renewAt(START));
    }

    @Test
    void shortSessionsRenewAtHalfTime() {
        SessionCookie cookie = SessionCookie.parse(Optional.of("SESSIONID=X;TIMEOUT=60"));
        assertEquals("SESSIONID=X", cookie.header());
        assertEquals(START.plusSeconds(30), cookie.renewAt(START));
    }

    @Test
    void noCookieIsAnError() {
        assertThrows(TapoException.class, () -> SessionCookie.parse(Optional.empty()));
        assertThrows(TapoException.class, () -> SessionCookie.parse(Optional.of("TIMEOUT=60")));
    }
}
