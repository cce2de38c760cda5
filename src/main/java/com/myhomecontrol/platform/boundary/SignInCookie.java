package com.myhomecontrol.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that carries a page session's token: HttpOnly (no script reads it), SameSite=Strict
 * (no other site's page sends it), Secure when it was issued over HTTPS, ending with the browser.
 */
public final class SignInCookie {

    static final String NAME = "homecontrol_session";

    private SignInCookie() {
    }

    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    public static void issue(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, -1));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
