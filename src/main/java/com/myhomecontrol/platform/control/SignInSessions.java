package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.SignInSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the pages, by the random token of their cookie. Kept in memory on purpose: a
 * restart signs everybody out, and nothing that grants access lies on disk. Each use renews a
 * session for the idle timeout; the oldest are dropped beyond {@link #MOST_SESSIONS}.
 */
@ApplicationScoped
public class SignInSessions {

    static final int MOST_SESSIONS = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SignInSession> sessions = new ConcurrentHashMap<>();
    private Clock clock;
    private Duration idleTimeout;

    SignInSessions() {
    }

    @Inject
    SignInSessions(@ConfigProperty(name = "HOMECONTROL_SESSION_IDLE_HOURS", defaultValue = "12") int idleHours) {
        this(Clock.systemUTC(), Duration.ofHours(idleHours));
    }

    SignInSessions(Clock clock, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("HOMECONTROL_SESSION_IDLE_HOURS must be at least 1, not " + idleTimeout.toHours());
        }
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** A new session; the returned entry's key is the cookie's token. */
    public Map.Entry<String, SignInSession> open(String user, Set<String> groups) {
        String token = randomToken();
        SignInSession session = new SignInSession(user, Set.copyOf(groups), randomToken(), clock.instant().plus(idleTimeout));
        sessions.put(token, session);
        dropBeyondLimit();
        return Map.entry(token, session);
    }

    /** The session of a token, renewed, unless it is unknown or has expired. */
    public Optional<SignInSession> find(String token) {
        return Optional.ofNullable(sessions.computeIfPresent(token, (key, session) ->
                session.expiresAt().isAfter(clock.instant()) ? session.renewedUntil(clock.instant().plus(idleTimeout)) : null));
    }

    public void close(String token) {
        sessions.remove(token);
    }

    private void dropBeyondLimit() {
        sessions.values().removeIf(session -> !session.expiresAt().isAfter(clock.instant()));
        while (sessions.size() > MOST_SESSIONS) {
            sessions.entrySet().stream()
                    .min(Comparator.comparing(entry -> entry.getValue().expiresAt()))
                    .ifPresent(oldest -> sessions.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
