package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import java.time.Instant;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityIT {

    private final String reading = "{\"device_id\":\"security-it\",\"timestamp\":%d,\"power_w\":1}".formatted(Instant.now().getEpochSecond());

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        var read = Api.get("/api/energy/devices", ANONYMOUS);
        assertProblem(read, 401);
        assertTrue(read.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(Api.post("/api/energy/readings", reading, ANONYMOUS), 401);
    }

    @Test
    void aViewerReadsButCannotWrite() {
        assertEquals(200, Api.get("/api/energy/devices", VIEWER).statusCode());
        assertProblem(Api.post("/api/energy/readings", reading, VIEWER), 403);
    }

    @Test
    void operatorAndAdminWrite() {
        assertEquals(200, Api.post("/api/energy/readings", reading, OPERATOR).statusCode());
        assertEquals(200, Api.post("/api/energy/readings", reading, ADMIN).statusCode());
        assertEquals(200, Api.get("/api/energy/devices", ADMIN).statusCode());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("viewer", "not-the-password")), 401);
        assertProblem(Api.getWithAuthorization("/api/energy/devices", Api.basic("root", "root")), 401);
    }

    @Test
    void healthNeedsNoCredentials() {
        assertEquals(200, Api.get("/health/live", ANONYMOUS).statusCode());
        assertEquals(200, Api.get("/health/ready", ANONYMOUS).statusCode());
        HttpResponse<String> started = Api.get("/health/started", ANONYMOUS);
        assertEquals(200, started.statusCode(), started.body());
        assertTrue(started.body().contains("\"timeseries-store-migrated\""), started.body());
    }
}
