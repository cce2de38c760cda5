package com.myhomecontrol.web.control;

/**
 * Where to go after signing in: a path of this platform only, so that a crafted sign-in link
 * cannot send the user on to another site.
 */
public final class LocalTarget {

    static final String HOME = "/";

    private LocalTarget() {
    }

    public static String of(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return HOME;
        }
        return next;
    }
}
