package com.myhomecontrol.health.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The health API of the test server, which stores media in PostgreSQL. */
class HealthApiIT {

    @Test
    void everyFieldIsThereWithItsType() {
        JsonObject health = HealthApi.health();

        assertEquals(Set.of("status", "timestamp", "system", "databases", "devices", "jobs", "issues"), health.keySet());
        assertTrue(Set.of("healthy", "warning", "critical").contains(health.getString("status")), health.toString());
        Instant.parse(health.getString("timestamp"));
        health.getJsonArray("issues").forEach(issue -> assertEquals(JsonValue.ValueType.STRING, issue.getValueType()));

        JsonObject system = health.getJsonObject("system");
        assertEquals(Set.of("cpu_percent", "memory", "disk", "uptime_seconds", "version"), system.keySet());
        double cpu = system.getJsonNumber("cpu_percent").doubleValue();
        assertTrue(cpu >= 0 && cpu <= 100, system.toString());
        JsonObject memory = system.getJsonObject("memory");
        assertEquals(Set.of("used_mb", "max_mb"), memory.keySet());
        assertTrue(memory.getJsonNumber("used_mb").longValueExact() > 0);
        assertTrue(memory.getJsonNumber("max_mb").longValueExact() >= memory.getJsonNumber("used_mb").longValueExact());
        JsonObject disk = system.getJsonObject("disk");
        assertEquals(Set.of("path", "free_bytes", "total_bytes"), disk.keySet());
        assertEquals(LibertyServer.dataDirectory().toAbsolutePath().normalize().toString(), disk.getString("path"));
        assertTrue(disk.getJsonNumber("free_bytes").longValueExact() > 0);
        assertTrue(disk.getJsonNumber("total_bytes").longValueExact() >= disk.getJsonNumber("free_bytes").longValueExact());
        assertTrue(system.getJsonNumber("uptime_seconds").longValueExact() >= 0);
        assertFalse(system.getString("version").isBlank());

        JsonObject databases = health.getJsonObject("databases");
        assertEquals(Set.of("timeseries", "postgres", "journal"), databases.keySet());
        JsonObject timeseries = databases.getJsonObject("timeseries");
        assertEquals(Set.of("status", "store", "path", "size_bytes", "size_mb", "wal_size_bytes", "readings", "last_write"), timeseries.keySet());
        assertEquals("ok", timeseries.getString("status"));
        assertEquals("sqlite", timeseries.getString("store"));
        assertTrue(timeseries.getString("path").endsWith("timeseries.db"));
        assertTrue(timeseries.getJsonNumber("size_bytes").longValueExact() > 0);
        assertEquals(timeseries.getJsonNumber("size_bytes").longValueExact() / 1048576.0,
                timeseries.getJsonNumber("size_mb").doubleValue(), 0.06);
        assertTrue(timeseries.getJsonNumber("wal_size_bytes").longValueExact() >= 0);
        assertTrue(timeseries.getJsonNumber("readings").longValueExact() >= 0);
        assertTrue(timeseries.isNull("last_write") || Instant.parse(timeseries.getString("last_write")) != null);

        JsonObject postgres = databases.getJsonObject("postgres");
        assertEquals(Set.of("status", "host", "pool_in_use", "pool_size"), postgres.keySet());
        assertEquals("reachable", postgres.getString("status"));
        assertEquals(LibertyServer.postgres().host(), postgres.getString("host"));
        assertEquals(10, postgres.getInt("pool_size"));
        int inUse = postgres.getInt("pool_in_use");
        assertTrue(inUse >= 0 && inUse <= 10, postgres.toString());
        JsonObject journal = databases.getJsonObject("journal");
        assertEquals(Set.of("active", "pending"), journal.keySet());
        assertFalse(journal.getBoolean("active"));
        assertEquals(0, journal.getJsonNumber("pending").longValueExact());

        JsonObject devices = health.getJsonObject("devices");
        assertEquals(Set.of("total", "online", "degraded", "offline"), devices.keySet());
        assertTrue(devices.getInt("total") >= devices.getInt("online") + devices.getInt("degraded") + devices.getInt("offline"));

        JsonObject jobs = health.getJsonObject("jobs");
        assertEquals(Set.of("backup", "retention", "rollup", "reconcile", "restore", "migrate", "migrate-timeseries"), jobs.keySet());
        jobs.values().forEach(value -> {
            JsonObject job = value.asJsonObject();
            assertEquals(Set.of("last_run", "status"), job.keySet());
            assertTrue(job.isNull("last_run") || Instant.parse(job.getString("last_run")) != null);
            assertTrue(job.isNull("status") || job.get("status") instanceof JsonString, job.toString());
        });
    }

    @Test
    void aReadingWrittenThroughTheApiCountsAndIsTheLastWrite() {
        JsonObject before = timeseries();
        Instant writing = Instant.now();

        var stored = Api.post("/api/energy/readings", "{\"device_id\":\"health-%s\",\"timestamp\":%d,\"power_w\":42.0}"
                .formatted(UUID.randomUUID(), writing.getEpochSecond()), OPERATOR);
        assertEquals(200, stored.statusCode(), stored.body());

        JsonObject after = timeseries();
        assertTrue(after.getJsonNumber("readings").longValueExact() >= before.getJsonNumber("readings").longValueExact() + 1,
                before + " then " + after);
        // the server's clock and this one are the same machine's
        assertFalse(Instant.parse(after.getString("last_write")).isBefore(writing), writing + " then " + after);
    }

    @Test
    void aViewerMayReadAndNobodyWithoutCredentials() {
        assertEquals(200, Api.get("/api/health", VIEWER).statusCode());
        assertEquals(200, Api.get("/api/health/history", VIEWER).statusCode());
        assertEquals(401, Api.get("/api/health", ANONYMOUS).statusCode());
        assertEquals(401, Api.get("/api/health/history", ANONYMOUS).statusCode());
    }

    @Test
    void theHistoryHoldsTheSampleTakenAtStart() {
        var response = Api.get("/api/health/history", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject history = Api.object(response);

        assertEquals(Set.of("interval_seconds", "samples"), history.keySet());
        assertEquals(60, history.getInt("interval_seconds"));
        List<JsonObject> samples = history.getJsonArray("samples").getValuesAs(JsonObject.class);
        assertFalse(samples.isEmpty());
        Instant previous = Instant.MIN;
        for (JsonObject sample : samples) {
            assertEquals(Set.of("timestamp", "ingest_per_second", "disk_free_bytes", "memory_used_mb", "cpu_percent"), sample.keySet());
            Instant at = Instant.parse(sample.getString("timestamp"));
            assertTrue(at.isAfter(previous), "oldest first: " + samples);
            previous = at;
            assertTrue(sample.getJsonNumber("ingest_per_second").doubleValue() >= 0);
            assertTrue(sample.getJsonNumber("disk_free_bytes").longValueExact() > 0);
            assertTrue(sample.getJsonNumber("memory_used_mb").longValueExact() > 0);
            assertTrue(sample.get("cpu_percent") instanceof JsonNumber);
        }
    }

    private static JsonObject timeseries() {
        return HealthApi.health().getJsonObject("databases").getJsonObject("timeseries");
    }
}
