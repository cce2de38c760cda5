package com.myhomecontrol.health.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.Metrics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.myhomecontrol.it.Api.User.ADMIN;
import static com.myhomecontrol.it.Api.User.ANONYMOUS;
import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prometheus metrics at /metrics of the test server, which stores media in PostgreSQL. */
class MetricsIT {

    private static final Pattern QUERIED_METRIC = Pattern.compile("([a-z_][a-z0-9_]*)\\{");
    private static final Set<String> COUNTED_ONCE_SOMETHING_RAN = Set.of("device_polls_total", "job_runs_total", "job_run_seconds_max");

    /** Only admin: Liberty's registry knows no other user, since any user of it may submit jobs through /ibm/api/batch. */
    @Test
    void theMetricsAskForTheAdminOverHttps() {
        HttpResponse<String> plain = Api.get("/metrics", ADMIN);
        assertEquals(302, plain.statusCode(), "credentials go over HTTPS only");
        assertTrue(plain.headers().firstValue("Location").orElseThrow().startsWith("https://"), plain.headers().toString());
        assertEquals(401, Metrics.get(ANONYMOUS).statusCode());
        assertEquals(401, Metrics.get(VIEWER).statusCode());
        assertEquals(401, Metrics.get(OPERATOR).statusCode());
        HttpResponse<String> response = Metrics.get(ADMIN);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), response.headers().toString());
    }

    @Test
    void postedReadingsAreCountedPerKindAndTheirRequestsTimed() {
        Metrics before = Metrics.scrape(ADMIN);
        long now = Instant.now().getEpochSecond();
        String device = "metrics-it-" + UUID.randomUUID();
        String energy = "[{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":1},{\"device_id\":\"%1$s\",\"timestamp\":%3$d,\"power_w\":2},"
                + "{\"device_id\":\"%1$s\",\"timestamp\":%4$d,\"power_w\":3}]";
        assertEquals(200, Api.post("/api/energy/readings", energy.formatted(device, now - 20, now - 10, now), OPERATOR).statusCode());
        String weather = "{\"station_id\":\"%s\",\"module_type\":\"NAMain\",\"timestamp\":%d,\"temperature_c\":21.5}";
        assertEquals(200, Api.post("/api/weather/readings", weather.formatted(device, now), OPERATOR).statusCode());
        assertEquals(200, Api.get("/api/energy/history?device_id=" + device + "&hours=1", VIEWER).statusCode());
        assertEquals(400, Api.get("/api/energy/history?device_id=" + device + "&hours=nope", VIEWER).statusCode());

        Metrics after = Metrics.scrape(ADMIN);
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
        Metrics metrics = Metrics.scrape(ADMIN);
        assertTrue(metrics.value("timeseries_file_bytes").orElseThrow() > 0);
        assertTrue(metrics.value("timeseries_wal_bytes").orElseThrow() >= 0);
        assertTrue(metrics.value("timeseries_writer_queued_writes").orElseThrow() >= 0);
        assertEquals(10, metrics.value("postgres_pool_size").orElseThrow(), "POSTGRES_POOL_MAX's default");
        assertTrue(metrics.value("postgres_pool_in_use").isPresent());
        assertEquals(0, metrics.value("media_journal_pending").orElseThrow(), "PostgreSQL answers, nothing waits");
    }

    /** The Grafana dashboard draws what the server serves; the polls and job runs appear once counted (DevicesIT, MaintenanceIT check those). */
    @Test
    void everyMetricOfTheGrafanaDashboardIsServed() throws IOException {
        String dashboard = Files.readString(Path.of("deploy/grafana/myhomecontrol.json"));
        String device = "metrics-it-" + UUID.randomUUID();
        assertEquals(200, Api.post("/api/energy/readings", "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":1}"
                .formatted(device, Instant.now().getEpochSecond()), OPERATOR).statusCode());
        assertEquals(200, Api.get("/api/energy/history?device_id=" + device + "&hours=1", VIEWER).statusCode());
        Metrics metrics = Metrics.scrape(ADMIN);
        List<String> queried = QUERIED_METRIC.matcher(dashboard).results().map(m -> m.group(1)).distinct().toList();
        assertTrue(queried.size() >= 12, queried.toString());
        for (String name : queried) {
            assertTrue(metrics.value(name).isPresent() || COUNTED_ONCE_SOMETHING_RAN.contains(name), name + " is not served");
        }
    }

    private static boolean grew(Metrics before, Metrics after, double atLeast, String name, String... labels) {
        double growth = after.count(name, labels) - before.count(name, labels);
        if (growth < atLeast) {
            throw new AssertionError(name + " " + String.join(",", labels) + " grew by " + growth + ", not by at least " + atLeast);
        }
        return true;
    }
}
