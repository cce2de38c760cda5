package com.myhomecontrol.health.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL configured but away from the start: the journal takes the media writes, which is a warning. */
@OwnServerEnvironment
class HealthPostgresAwayIT {

    @BeforeAll
    static void postgresAway() throws IOException {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        LibertyServer.restart(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", String.valueOf(nothingListens)));
    }

    @Test
    void postgresAwayWithTheJournalActiveIsAWarningWithItsIssue() {
        var response = Api.get("/api/health", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Api.object(response);
        JsonObject databases = health.getJsonObject("databases");

        assertEquals("warning", health.getString("status"), health.toString());
        assertEquals("unreachable", databases.getJsonObject("postgres").getString("status"));
        assertEquals("127.0.0.1", databases.getJsonObject("postgres").getString("host"));
        assertTrue(databases.getJsonObject("journal").getBoolean("active"));
        assertEquals("ok", databases.getJsonObject("timeseries").getString("status"));
        assertTrue(health.getJsonArray("issues").getValuesAs(JsonString.class).stream()
                .anyMatch(issue -> issue.getString().startsWith("PostgreSQL at 127.0.0.1 is unreachable")), health.toString());
    }
}
