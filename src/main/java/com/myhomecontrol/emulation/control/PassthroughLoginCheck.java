package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import jakarta.json.JsonObject;

import java.util.Base64;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What login_device must carry for the plug's account: the e-mail as base64 of its lower-case
 * SHA-1 hex, the password as base64 of itself.
 */
final class PassthroughLoginCheck {

    private final String username;
    private final String password;

    PassthroughLoginCheck(TapoCredentials credentials) {
        username = base64(HexFormat.of().formatHex(PlugDigests.sha1(credentials.username().getBytes(UTF_8))));
        password = base64(credentials.password());
    }

    boolean accepts(JsonObject params) {
        return username.equals(params.getString("username", null)) && password.equals(params.getString("password", null));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }
}
