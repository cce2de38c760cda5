package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Netatmo app from the environment only, so that its secrets are never in a file of the
 * server. The refresh token may be left out once the token file holds a rotated one.
 */
final class NetatmoEnvironment {

    static final String DEFAULT_BASE_URL = "https://api.netatmo.com";

    private NetatmoEnvironment() {
    }

    static NetatmoAccount account(Path tokenFile) {
        String clientId = System.getenv("NETATMO_CLIENT_ID");
        String clientSecret = System.getenv("NETATMO_CLIENT_SECRET");
        String refreshToken = System.getenv("NETATMO_REFRESH_TOKEN");
        String baseUrl = System.getenv("NETATMO_BASE_URL");
        List<String> missing = new ArrayList<>();
        if (blank(clientId)) {
            missing.add("NETATMO_CLIENT_ID");
        }
        if (blank(clientSecret)) {
            missing.add("NETATMO_CLIENT_SECRET");
        }
        if (blank(refreshToken) && new NetatmoTokenFile(tokenFile).read().isEmpty()) {
            missing.add("NETATMO_REFRESH_TOKEN");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The devices file enables netatmo: set " + String.join(", ", missing));
        }
        return new NetatmoAccount(URI.create(blank(baseUrl) ? DEFAULT_BASE_URL : baseUrl.strip()), clientId.strip(),
                clientSecret, blank(refreshToken) ? null : refreshToken.strip(), tokenFile);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
