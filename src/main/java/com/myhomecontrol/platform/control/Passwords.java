package com.myhomecontrol.platform.control;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Password comparison that takes the same time wherever the first difference is. */
final class Passwords {

    private Passwords() {
    }

    static boolean equal(String expected, char[] given) {
        byte[] a = expected.getBytes(StandardCharsets.UTF_8);
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(given));
        byte[] b = new byte[encoded.remaining()];
        encoded.get(b);
        return MessageDigest.isEqual(a, b);
    }
}
