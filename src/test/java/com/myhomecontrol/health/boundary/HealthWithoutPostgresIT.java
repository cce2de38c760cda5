package com.myhomecontrol.health.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The health API with PostgreSQL configured but away from the start, and with none configured (journal mode). */
@OwnServerEnvironment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthWithoutPostgresIT {

    @Test
    @Order(1)
    void postgresAwayWithTheJournalActiveIsAWarningWithItsIssue() throws IOException {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        LibertyServer.restart(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", String.valueOf(nothingListens)));

        JsonObject health = health();
        JsonObject databases = health.getJsonObject("databases");
        assertEquals("warning", health.getString("status"), health.toString());
        assertEquals(Map.of("status", "unreachable", "host", "127.0.0.1", "pool_size", 10),
                Map.of("status", databases.getJsonObject("postgres").getString("status"),
                        "host", databases.getJsonObject("postgres").getString("host"),
                        "pool_size", databases.getJsonObject("postgres").getInt("pool_size")));
        assertTrue(databases.getJsonObject("journal").getBoolean("active"));
        assertEquals("ok", databases.getJsonObject("timeseries").getString("status"));
        assertTrue(health.getJsonArray("issues").getValuesAs(JsonString.class).stream()
                .anyMatch(issue -> issue.getString().startsWith("PostgreSQL at 127.0.0.1 is unreachable")), health.toString());
    }

    @Test
    @Order(2)
    void withoutPostgresTheJournalIsTheStoreAndNoIssue() {
        LibertyServer.restart(Map.of("POSTGRES_HOST", ""));

        JsonObject health = health();
        JsonObject databases = health.getJsonObject("databases");
        JsonObject postgres = databases.getJsonObject("postgres");
        assertEquals("not_configured", postgres.getString("status"));
        assertTrue(postgres.isNull("host") && postgres.isNull("pool_in_use") && postgres.isNull("pool_size"), postgres.toString());
        assertEquals(true, databases.getJsonObject("journal").getBoolean("active"));
        assertEquals(0, databases.getJsonObject("journal").getJsonNumber("pending").longValueExact());
        assertTrue(health.getJsonArray("issues").getValuesAs(JsonString.class).stream()
                .noneMatch(issue -> issue.getString().contains("PostgreSQL")), health.toString());
    }

    private static JsonObject health() {
        var response = Api.get("/api/health", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }
}
