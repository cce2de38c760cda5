package com.myhomecontrol.platform.entity;

/**
 * Who the caller is, for the pages: the user, the highest role, and, for a signed-in session, the
 * token its writes must carry ({@code null} for HTTP Basic and anonymous callers).
 */
public record CallerSession(String user, String role, boolean signedIn, String csrfToken) {
}
