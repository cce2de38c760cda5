package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The TP-Link account: from the environment only, so that it is never in a file of the server. */
final class TapoAccount {

    private TapoAccount() {
    }

    static Optional<TapoCredentials> fromEnvironment() {
        String username = System.getenv("TAPO_USERNAME");
        String password = System.getenv("TAPO_PASSWORD");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TapoCredentials(username, password));
    }

    /** An account for this run only, for emulated plugs. */
    static TapoCredentials random() {
        SecureRandom random = new SecureRandom();
        return new TapoCredentials("emulated-" + hex(random, 4) + "@home.invalid", hex(random, 16));
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
