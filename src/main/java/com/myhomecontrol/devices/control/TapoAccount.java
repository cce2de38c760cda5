package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;

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
}
