package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.HealthApi;
import com.myhomecontrol.it.LibertyServer;
import com.myhomecontrol.it.OwnServerEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TIMESERIES_STORE=sqlite and TIMESERIES_STORE=postgresql answer alike: the same writes (merges,
 * a refused batch) and then the same reads, each on a new store, give the same statuses and bodies.
 */
@OwnServerEnvironment
class TimeseriesStoreParityIT {

    private static final String PLUG = "parity-plug";
    private static final String COUNTERLESS = "parity-counterless";
    private static final String STATION = "parity-station";

    /** Whole minutes, two hours back: every relative range below holds all of it whenever the test runs. */
    private final long base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS).getEpochSecond();

    @Test
    void bothStoresAnswerTheSameRequestsTheSame() {
        Instant began = Instant.now();
        Map<String, String> onSqlite = answersOfNewSqliteStore();
        String postgresDatabase = LibertyServer.postgres().createDatabase("parity");
        Map<String, String> onPostgres = answersOf(Map.of("TIMESERIES_STORE", "postgresql", "POSTGRES_DB", postgresDatabase,
                "DEVICES_FILE", newDevicesFile()), "postgresql");
        if (!began.truncatedTo(ChronoUnit.HOURS).equals(Instant.now().truncatedTo(ChronoUnit.HOURS))) {
            // The hourly usage history moved on between the runs: ask SQLite again, in the hour PostgreSQL answered in.
            onSqlite = answersOfNewSqliteStore();
        }

        onSqlite.forEach((request, answer) -> assertEquals(expectedStatus(request), answer.substring(0, 3), request + ": " + answer));
        assertEquals("200 {\"stored\":240}", onSqlite.get("POST energy"));
        assertEquals(onSqlite.keySet(), onPostgres.keySet());
        onSqlite.forEach((request, answer) -> assertEquals(answer, onPostgres.get(request), request));
    }

    private static String expectedStatus(String request) {
        if (request.contains("unknown-plug")) {
            return "404";
        }
        return request.contains("refused") || request.contains("fields=watts") ? "400" : "200";
    }

    private Map<String, String> answersOfNewSqliteStore() {
        return answersOf(Map.of("TIMESERIES_DB_PATH", "data/parity-" + UUID.randomUUID() + ".db", "DEVICES_FILE", newDevicesFile()), "sqlite");
    }

    /** No device configured: nothing polled writes into the store while the test compares. */
    private static String newDevicesFile() {
        return "data/parity-devices-" + UUID.randomUUID() + ".json";
    }

    /** A new store's answers, request by request. */
    private Map<String, String> answersOf(Map<String, String> environment, String store) {
        LibertyServer.restart(environment);
        assertEquals(store, HealthApi.health().getJsonObject("databases").getJsonObject("timeseries").getString("store"));
        Map<String, String> answers = new LinkedHashMap<>();
        write(answers);
        read(answers);
        return answers;
    }

    private void write(Map<String, String> answers) {
        JsonArrayBuilder energy = Json.createArrayBuilder();
        for (int minute = 0; minute < 120; minute++) {
            long t = base + minute * 60L;
            energy.add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", t)
                    .add("power_w", 100 + minute % 7 * 12.5).add("daily_energy_kwh", 1.0 + minute * 0.0021).add("power_state", "on"));
            energy.add(Json.createObjectBuilder().add("device_id", COUNTERLESS).add("timestamp", t + 30)
                    .add("power_w", minute % 3 == 0 ? 0 : 40.25));
        }
        record(answers, "POST energy", Api.post("/api/energy/readings", energy.build().toString(), OPERATOR));
        record(answers, "POST energy voltage merge", Api.post("/api/energy/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", base + 600).add("voltage_v", 231.4).add("current_a", 0.52))
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", base + 660).add("voltage_v", 229.9).addNull("power_w"))
                .build().toString(), OPERATOR));
        record(answers, "POST energy refused", Api.post("/api/energy/readings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", base + 720).add("power_w", 5))
                .add(Json.createObjectBuilder().add("device_id", PLUG).add("timestamp", base + 780).add("power_w", -5))
                .build().toString(), OPERATOR));

        JsonArrayBuilder weather = Json.createArrayBuilder();
        for (int step = 0; step < 24; step++) {
            long t = base + step * 300L;
            weather.add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "indoor").add("timestamp", t)
                    .add("temperature_c", 20.5 + step % 5 * 0.3).add("humidity_percent", 45 + step % 4).add("co2_ppm", 600 + step * 10)
                    .add("pressure_mbar", 1013.2).add("noise_db", 38));
            weather.add(Json.createObjectBuilder().add("station_id", STATION).add("module_type", "outdoor").add("timestamp", t + 10)
                    .add("temperature_c", 3.25 - step * 0.1).add("humidity_percent", 80));
        }
        record(answers, "POST weather", Api.post("/api/weather/readings", weather.build().toString(), OPERATOR));
        record(answers, "POST weather merge", Api.post("/api/weather/readings", Json.createObjectBuilder().add("station_id", STATION)
                .add("module_type", "outdoor").add("timestamp", base + 310).add("rain_mm", 0.4).add("wind_strength_kmh", 12)
                .build().toString(), OPERATOR));
    }

    private void read(Map<String, String> answers) {
        String range = "&start=" + base + "&end=" + (base + 7200);
        List<String> reads = List.of(
                "/api/energy/devices",
                "/api/energy/devices/" + PLUG + "/latest",
                "/api/energy/devices/unknown-plug/latest",
                "/api/energy/history?device_id=" + PLUG + range,
                "/api/energy/history?device_id=" + PLUG + range + "&fields=power_w,voltage_v",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=1m",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=5m",
                "/api/energy/history?device_id=" + COUNTERLESS + range + "&bucket=5m",
                "/api/energy/history?device_id=" + PLUG + range + "&bucket=1h",
                "/api/energy/history?device_id=" + COUNTERLESS + range + "&bucket=1d",
                "/api/energy/history?device_id=unknown-plug" + range,
                "/api/energy/history?device_id=" + PLUG + range + "&fields=watts",
                "/api/energy/summary?tz=Europe/Berlin",
                "/api/weather/stations",
                "/api/weather/latest",
                "/api/weather/history?station_id=" + STATION + "&module_type=outdoor&metric=temperature" + range,
                "/api/weather/history?station_id=" + STATION + "&module_type=outdoor&metric=rain" + range,
                "/api/weather/history?station_id=" + STATION + "&module_type=indoor&metric=co2" + range + "&bucket=5m",
                "/api/weather/history?station_id=" + STATION + "&module_type=indoor&metric=humidity" + range + "&bucket=1h",
                "/api/sensors/tapo-p115/" + PLUG + "/history?hours=24",
                "/api/energy/usage-history?period=day",
                "/api/energy/usage-history?period=month",
                "/api/weather/stations/" + STATION + "/historical?data_type=temperature&time_range=24h",
                "/api/weather/stations/" + STATION + "/historical?data_type=noise&time_range=30d");
        reads.forEach(path -> record(answers, "GET " + path, Api.get(path, VIEWER)));
    }

    /** Status and body; lists of devices and stations keep only this test's (the polled ones of the test server come and go). */
    private static void record(Map<String, String> answers, String request, HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() == 200 && body.startsWith("[")) {
            body = ((JsonArray) Api.parse(response)).stream().filter(TimeseriesStoreParityIT::isThisTests)
                    .map(JsonValue::toString).collect(Collectors.joining(",", "[", "]"));
        }
        answers.put(request, response.statusCode() + " " + body);
    }

    private static boolean isThisTests(JsonValue item) {
        JsonObject object = item.asJsonObject();
        String id = object.containsKey("device_id") ? object.getString("device_id") : object.getString("station_id", "");
        return id.startsWith("parity-");
    }
}
