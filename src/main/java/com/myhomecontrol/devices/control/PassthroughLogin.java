package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.util.Base64;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * How login_device encodes the credentials: the e-mail as base64 of its lower-case SHA-1 hex,
 * the password as base64 of itself.
 */
public final class PassthroughLogin {

    private PassthroughLogin() {
    }

    public static String username(TapoCredentials credentials) {
        return base64(HexFormat.of().formatHex(Digests.sha1(credentials.username().getBytes(UTF_8))));
    }

    public static String password(TapoCredentials credentials) {
        return base64(credentials.password());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }
}
