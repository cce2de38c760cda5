package com.myhomecontrol.platform.control;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Password comparison that takes the same time wherever the first difference is. */
final class Passwords {

    private Passwords() {
    }

    static boolean equal(String expected, char[] given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), utf8(given));
    }

    static byte[] sha256(char[] password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(utf8(password));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] utf8(char[] chars) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }
}
