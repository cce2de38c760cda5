package com.myhomecontrol.devices.entity;

import java.net.URI;
import java.nio.file.Path;

/**
 * A Netatmo app's credentials. initialRefreshToken is the one from configuration; once a refresh
 * has rotated it, the token file holds the current one and wins.
 */
public record NetatmoAccount(URI baseUrl, String clientId, String clientSecret, String initialRefreshToken, Path tokenFile) {

    @Override
    public String toString() {
        return "NetatmoAccount[" + baseUrl + ", client " + clientId + ", token file " + tokenFile + "]";
    }
}
