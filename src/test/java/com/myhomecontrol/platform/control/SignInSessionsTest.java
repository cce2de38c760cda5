package com.myhomecontrol.platform.control;

import com.myhomecontrol.emulation.control.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final SignInSessions sessions = new SignInSessions(clock, Duration.ofHours(12));

    @Test
    void aSessionIsFoundByItsTokenWithItsUserAndAnOwnCsrfToken() {
        var opened = sessions.open("viewer", Set.of("viewer"));
        var found = sessions.find(opened.getKey()).orElseThrow();
        assertEquals("viewer", found.user());
        assertEquals(Set.of("viewer"), found.groups());
        assertNotEquals(opened.getKey(), found.csrfToken());
        assertTrue(found.acceptsCsrfToken(found.csrfToken()));
        assertFalse(found.acceptsCsrfToken(null));
        assertFalse(found.acceptsCsrfToken(opened.getKey()));
    }

    @Test
    void useRenewsASessionAndIdlenessEndsIt() {
        String token = sessions.open("admin", Set.of("admin")).getKey();
        clock.advance(Duration.ofHours(11));
        assertTrue(sessions.find(token).isPresent());
        clock.advance(Duration.ofHours(11));
        assertTrue(sessions.find(token).isPresent(), "renewed by the use 11 hours ago");
        clock.advance(Duration.ofHours(12));
        assertTrue(sessions.find(token).isEmpty());
    }

    @Test
    void closingEndsASessionAndUnknownTokensFindNothing() {
        String token = sessions.open("admin", Set.of("admin")).getKey();
        sessions.close(token);
        assertTrue(sessions.find(token).isEmpty());
        assertTrue(sessions.find("made-up").isEmpty());
    }

    @Test
    void beyondTheLimitTheLeastRecentlyUsedSessionGoes() {
        String first = sessions.open("viewer", Set.of("viewer")).getKey();
        clock.advance(Duration.ofSeconds(1));
        String second = sessions.open("viewer", Set.of("viewer")).getKey();
        for (int i = 0; i < SignInSessions.MOST_SESSIONS - 1; i++) {
            clock.advance(Duration.ofMillis(1));
            sessions.open("viewer", Set.of("viewer"));
        }
        assertTrue(sessions.find(first).isEmpty());
        assertTrue(sessions.find(second).isPresent());
    }

    @Test
    void anIdleTimeoutBelowAnHourIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignInSessions(0));
    }
}
