package com.myhomecontrol.health.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Metrics;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prometheus metrics at /metrics of the test server, which stores media in PostgreSQL. */
class MetricsIT {

    @Test
    void theMetricsAskForAUserOverHttpsAndEveryUserMayReadThem() {
        HttpResponse<String> plain = Api.get("/metrics", VIEWER);
        assertEquals(302, plain.statusCode(), "credentials go over HTTPS only");
        assertTrue(plain.headers().firstValue("Location").orElseThrow().startsWith("https://"), plain.headers().toString());
        assertEquals(401, Metrics.get(ANONYMOUS).statusCode());
        for (Api.User user : new Api.User[] {VIEWER, OPERATOR, ADMIN}) {
            HttpResponse<String> response = Metrics.get(user);
            assertEquals(200, response.statusCode(), user.toString());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), response.headers().toString());
        }
    }

    @Test
    void postedReadingsAreCountedPerKindAndTheirRequestsTimed() {
        Metrics before = Metrics.scrape(VIEWER);
        long now = Instant.now().getEpochSecond();
        String device = "metrics-it-" + UUID.randomUUID();
        String energy = "[{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":1},{\"device_id\":\"%1$s\",\"timestamp\":%3$d,\"power_w\":2},"
                + "{\"device_id\":\"%1$s\",\"timestamp\":%4$d,\"power_w\":3}]";
        assertEquals(200, Api.post("/api/energy/readings", energy.formatted(device, now - 20, now - 10, now), OPERATOR).statusCode());
        String weather = "{\"station_id\":\"%s\",\"module_type\":\"NAMain\",\"timestamp\":%d,\"temperature_c\":21.5}";
        assertEquals(200, Api.post("/api/weather/readings", weather.formatted(device, now), OPERATOR).statusCode());
        assertEquals(200, Api.get("/api/energy/history?device_id=" + device + "&hours=1", VIEWER).statusCode());
        assertEquals(400, Api.get("/api/energy/history?device_id=" + device + "&hours=nope", VIEWER).statusCode());

        Metrics after = Metrics.scrape(VIEWER);
        assertTrue(grew(before, after, 3, "readings_ingested_total", "kind=\"energy\""));
        assertTrue(grew(before, after, 1, "readings_ingested_total", "kind=\"weather\""));
        assertTrue(grew(before, after, 1, "ingest_request_seconds_count", "kind=\"energy\""));
        assertTrue(grew(before, after, 1, "ingest_request_seconds_count", "kind=\"weather\""));
        assertTrue(grew(before, after, 2, "history_request_seconds_count", "kind=\"energy\""), "the refused request counts too");
        assertTrue(after.value("history_request_seconds_bucket", "kind=\"energy\"", "le=\"0.1\"").isPresent(), "histogram buckets");
        assertTrue(grew(before, after, 1, "timeseries_commit_seconds_count"));
    }

    @Test
    void theStoresLevelsAreGauges() {
        Metrics metrics = Metrics.scrape(VIEWER);
        assertTrue(metrics.value("timeseries_file_bytes").orElseThrow() > 0);
        assertTrue(metrics.value("timeseries_wal_bytes").orElseThrow() >= 0);
        assertTrue(metrics.value("timeseries_writer_queued_writes").orElseThrow() >= 0);
        assertEquals(10, metrics.value("postgres_pool_size").orElseThrow(), "POSTGRES_POOL_MAX's default");
        assertTrue(metrics.value("postgres_pool_in_use").isPresent());
        assertEquals(0, metrics.value("media_journal_pending").orElseThrow(), "PostgreSQL answers, nothing waits");
    }

    private static boolean grew(Metrics before, Metrics after, double atLeast, String name, String... labels) {
        double growth = after.count(name, labels) - before.count(name, labels);
        if (growth < atLeast) {
            throw new AssertionError(name + " " + String.join(",", labels) + " grew by " + growth + ", not by at least " + atLeast);
        }
        return true;
    }
}
