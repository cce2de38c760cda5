package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.Metrics;
import com.myhomecontrol.it.PageSession;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RestartIT {

    /** And the settings for a trusted LAN, anonymous reads and anonymous metrics, take effect at a start and end at the next. */
    @Test
    void everyAcknowledgedReadingSurvivesARestart() {
        String device = "restart-" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        int acknowledged = 0;
        for (int batch = 0; batch < 20; batch++) {
            long newest = now - batch * 100L;
            String body = IntStream.range(0, 100)
                    .mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":%d}".formatted(device, newest - i, i))
                    .collect(Collectors.joining(",", "[", "]"));
            assertEquals(200, Api.post("/api/energy/readings", body, OPERATOR).statusCode());
            acknowledged += 100;
        }

        LibertyServer.restart(Map.of("HOMECONTROL_ANONYMOUS_READ", "true", "METRICS_ANONYMOUS", "true"));

        JsonObject stored = Api.parse(Api.get("/api/energy/devices", ANONYMOUS)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("device_id").equals(device)).findFirst().orElseThrow();
        assertEquals(acknowledged, stored.getInt("reading_count"));
        assertEquals(acknowledged, Api.object(Api.get("/api/energy/history?device_id=" + device + "&hours=2", ANONYMOUS))
                .getJsonArray("points").size());
        assertProblem(Api.post("/api/energy/readings", "{\"device_id\":\"x\",\"timestamp\":%d,\"power_w\":1}".formatted(now), ANONYMOUS), 401);
        assertEquals(200, PageSession.anonymousGet(PageSession.http(), "/energy").statusCode(), "pages open without signing in");
        assertEquals(200, Api.get("/metrics", ANONYMOUS).statusCode(), "a scraper needs no credentials, nor HTTPS");

        LibertyServer.restart(Map.of());
        assertProblem(Api.get("/api/energy/devices", ANONYMOUS), 401);
        assertEquals(200, Api.get("/api/energy/devices", VIEWER).statusCode());
        assertEquals(401, Metrics.get(ANONYMOUS).statusCode());
    }
}
