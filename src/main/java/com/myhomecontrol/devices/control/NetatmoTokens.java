package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;
import jakarta.json.JsonObject;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Netatmo's OAuth2 access tokens, refreshed with the refresh token. Each refresh rotates the
 * refresh token; the new one is on disk before the new access token is handed out.
 */
public class NetatmoTokens {

    private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private final HttpClient http;
    private final NetatmoAccount account;
    private final NetatmoTokenFile tokenFile;
    private final Clock clock;
    private String accessToken;
    private Instant renewAt = Instant.MIN;

    public NetatmoTokens(HttpClient http, NetatmoAccount account, Clock clock) {
        this.http = http;
        this.account = account;
        this.tokenFile = new NetatmoTokenFile(account.tokenFile());
        this.clock = clock;
    }

    /** An access token that is valid for a while yet. */
    public synchronized String accessToken() {
        if (accessToken == null || !clock.instant().isBefore(renewAt)) {
            refresh();
        }
        return accessToken;
    }

    /** After the API refused the given token; a token another caller renewed meanwhile is reused. */
    public synchronized String renew(String refused) {
        if (refused.equals(accessToken)) {
            refresh();
        }
        return accessToken();
    }

    private void refresh() {
        String refreshToken = tokenFile.read().orElse(account.initialRefreshToken());
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new NetatmoAuthFailedException("No Netatmo refresh token: authorize the app and set NETATMO_REFRESH_TOKEN");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", account.clientId());
        form.put("client_secret", account.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(account.baseUrl().resolve("/oauth2/token"))
                .timeout(NetatmoHttp.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(NetatmoHttp.encode(form)))
                .build();
        JsonObject answer = NetatmoHttp.send(http, request, "Netatmo token refresh");
        String rotated = answer.getString("refresh_token", null);
        String access = answer.getString("access_token", null);
        if (rotated == null || access == null || !answer.containsKey("expires_in")) {
            throw new NetatmoException("Netatmo token refresh answered without tokens or expires_in: " + answer.keySet());
        }
        tokenFile.write(rotated);
        Duration lifetime = Duration.ofSeconds(answer.getJsonNumber("expires_in").longValue());
        Duration margin = lifetime.dividedBy(10).compareTo(EXPIRY_MARGIN) < 0 ? lifetime.dividedBy(10) : EXPIRY_MARGIN;
        accessToken = access;
        renewAt = clock.instant().plus(lifetime).minus(margin);
    }
}
