package com.myhomecontrol.platform.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Set;

/**
 * A browser's signed-in session: who signed in, the token its page scripts must send with every
 * write (CSRF protection), and until when it lasts without use.
 */
public record SignInSession(String user, Set<String> groups, String csrfToken, Instant expiresAt) {

    public SignInSession renewedUntil(Instant until) {
        return new SignInSession(user, groups, csrfToken, until);
    }

    /** Compared in constant time: a guess learns nothing from how long the refusal took. */
    public boolean acceptsCsrfToken(String given) {
        return given != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
