package com.myhomecontrol.emulation.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The emulator's answers as a client other than ours sees them: raw HTTP. */
class NetatmoEmulatorTest {

    private static final String MEASURE = "/api/getmeasure?device_id=70:ee:50:00:00:01&module_id=02:00:00:00:00:01"
            + "&scale=max&type=temperature,humidity&date_begin=0&limit=5000";

    private final NetatmoEmulator emulator = new NetatmoEmulator(NetatmoEmulatorSettings.of("app", "secret", "first"), 0);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aRotatedRefreshTokenGetsInvalidGrant() throws Exception {
        HttpResponse<String> first = refresh("first");
        HttpResponse<String> again = refresh("first");

        assertEquals(200, first.statusCode());
        assertEquals(10800, json(first).getInt("expires_in"));
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", json(again).getString("error"));
        assertEquals(200, refresh(json(first).getString("refresh_token")).statusCode());
    }

    @Test
    void wrongClientCredentialsGetInvalidClient() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=first&client_id=app&client_secret=wrong")));

        assertEquals("invalid_client", json(answer).getString("error"));
    }

    @Test
    void theApiWantsAKnownBearerToken() throws Exception {
        HttpResponse<String> answer = get("/api/getstationsdata", "made-up");

        assertEquals(403, answer.statusCode());
        assertEquals(2, json(answer).getJsonObject("error").getInt("code"));
    }

    @Test
    void getmeasureAnswersAtMost1024PointsInEitherFormat() throws Exception {
        String token = json(refresh("first")).getString("access_token");

        JsonObject points = json(get(MEASURE + "&optimize=false", token)).getJsonObject("body");
        JsonObject block = json(get(MEASURE, token)).getJsonArray("body").getJsonObject(0);

        assertEquals(1024, points.size());
        assertEquals(2, points.getJsonArray(points.keySet().iterator().next()).size());
        assertEquals(300, block.getInt("step_time"));
        assertEquals(1024, block.getJsonArray("value").size());
    }

    private HttpResponse<String> refresh(String refreshToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken
                        + "&client_id=app&client_secret=secret")));
    }

    private HttpResponse<String> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(emulator.baseUrl().resolve(pathAndQuery)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JSON.createReader(new StringReader(response.body())).readObject();
    }
}
