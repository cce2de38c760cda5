package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnergyApiIT {

    private final String device = "plug-" + UUID.randomUUID();
    private final long now = Instant.now().truncatedTo(ChronoUnit.SECONDS).getEpochSecond();

    @Test
    void aReadingForAStoredKeyMergesInsteadOfErasingFields() {
        post("{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":120.5,\"power_state\":true}".formatted(device, now));
        post("{\"device_id\":\"%s\",\"timestamp\":\"%s\",\"voltage_v\":229.8}".formatted(device, Instant.ofEpochSecond(now)));

        JsonObject latest = Api.object(Api.get("/api/energy/devices/" + device + "/latest", VIEWER));
        assertEquals(120.5, latest.getJsonNumber("power_w").doubleValue());
        assertEquals(229.8, latest.getJsonNumber("voltage_v").doubleValue());
        assertTrue(latest.getBoolean("power_state"));
        assertTrue(latest.isNull("current_a"), "a value never measured stays unknown");
        assertEquals(Instant.ofEpochSecond(now).toString(), latest.getString("timestamp"));
        assertEquals(1, device().getInt("reading_count"), "a merge is not a second reading");
    }

    @Test
    void historyIsInTimeOrderWithTheStoredFields() {
        post(readings(10, 60));

        JsonObject history = Api.object(Api.get("/api/energy/history?device_id=" + device + "&hours=1", VIEWER));
        assertEquals(device, history.getString("device_id"));
        assertEquals("raw", history.getString("bucket"));
        assertTrue(history.containsKey("raw_retained_since"), "null until retention deletes raw readings");
        var points = history.getJsonArray("points").getValuesAs(JsonObject.class);
        assertEquals(10, points.size());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(Instant.parse(points.get(i - 1).getString("timestamp")).isBefore(Instant.parse(points.get(i).getString("timestamp"))));
        }
        assertEquals(100.0, points.get(0).getJsonNumber("power_w").doubleValue());
    }

    @Test
    void bucketsSummarisePowerAndTheEnergyConsumed() {
        long hourStart = now - now % 3600 - 3600;
        String body = IntStream.range(0, 60).mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":%d}"
                .formatted(device, hourStart + i * 60L, i < 30 ? 1000 : 2000)).collect(Collectors.joining(",", "[", "]"));
        post(body);

        JsonObject history = Api.object(Api.get("/api/energy/history?device_id=%s&start=%d&end=%d&bucket=1h"
                .formatted(device, hourStart, hourStart + 3600), VIEWER));
        var bucket = history.getJsonArray("points").getJsonObject(0);
        assertEquals(Instant.ofEpochSecond(hourStart).toString(), bucket.getString("timestamp"));
        assertEquals(1000.0, bucket.getJsonNumber("power_w_min").doubleValue());
        assertEquals(1500.0, bucket.getJsonNumber("power_w_avg").doubleValue());
        assertEquals(2000.0, bucket.getJsonNumber("power_w_max").doubleValue());
        assertEquals(60, bucket.getInt("count"));
        // 29 minutes at 1 kW, one minute ramping to 2 kW, 29 minutes at 2 kW
        assertEquals((29 * 1000 + 1500 + 29 * 2000) / 60.0 / 1000, bucket.getJsonNumber("energy_kwh").doubleValue(), 1e-9);
    }

    @Test
    void devicesListWhatIsStored() {
        post(readings(5, 10));

        JsonObject stored = device();
        assertEquals(5, stored.getInt("reading_count"));
        assertEquals(Instant.ofEpochSecond(now - 40).toString(), stored.getString("first_timestamp"));
        assertEquals(Instant.ofEpochSecond(now).toString(), stored.getString("last_timestamp"));
    }

    @Test
    void anUnknownDeviceIsNotFound() {
        assertProblem(Api.get("/api/energy/history?device_id=" + device, VIEWER), 404);
        assertProblem(Api.get("/api/energy/devices/" + device + "/latest", VIEWER), 404);
    }

    @Test
    void historyParametersAreChecked() {
        post(readings(1, 1));
        assertProblem(Api.get("/api/energy/history?device_id=" + device + "&bucket=2h", VIEWER), 400);
        assertProblem(Api.get("/api/energy/history?device_id=" + device + "&hours=abc", VIEWER), 400);
        assertProblem(Api.get("/api/energy/history?hours=1", VIEWER), 400);
        assertProblem(Api.get("/api/energy/history?device_id=%s&start=%d&end=%d".formatted(device, now, now - 10), VIEWER), 400);
    }

    @Test
    void fieldsChooseWhatRawPointsCarry() {
        post("[{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":50,\"voltage_v\":230.5,\"power_state\":true},"
                .formatted(device, now - 10) + "{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":60}]".formatted(device, now));

        List<JsonObject> power = points("&fields=power_w");
        assertEquals(List.of(Set.of("timestamp", "power_w")), power.stream().map(JsonObject::keySet).distinct().toList());
        assertEquals(List.of(50.0, 60.0), power.stream().map(p -> p.getJsonNumber("power_w").doubleValue()).toList());
        List<JsonObject> two = points("&fields=voltage_v,power_w");
        assertEquals(List.of("timestamp", "power_w", "voltage_v"), List.copyOf(two.get(0).keySet()), "in the order of a reading");
        assertEquals(230.5, two.get(0).getJsonNumber("voltage_v").doubleValue());
        assertTrue(two.get(1).isNull("voltage_v"), "unknown stays null");
        assertEquals(List.of("device_id", "timestamp", "power_w", "voltage_v", "current_a", "daily_energy_kwh", "monthly_energy_kwh", "power_state"),
                List.copyOf(points("").get(0).keySet()), "without fields, every stored field as before");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        post(readings(1, 1));
        JsonObject problem = assertProblem(Api.get("/api/energy/history?device_id=%s&fields=power_w,wattage".formatted(device), VIEWER), 400);
        assertEquals("fields", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("wattage"), problem.toString());
        assertInvalidField(Api.get("/api/energy/history?device_id=%s&fields=power_w&bucket=1h".formatted(device), VIEWER), "fields");
    }

    /** Readings around the last midnight of India's zone, whose midnight is at half past a UTC hour. */
    @Test
    void theSummaryCountsTodayAndThisMonthInTheZoneAsked() {
        ZoneId india = ZoneId.of("Asia/Kolkata");
        long midnight = Instant.ofEpochSecond(now).atZone(india).toLocalDate().atStartOfDay(india).toEpochSecond();
        post(IntStream.of(-300, 300, 600, 900).mapToObj(offset -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":1200}"
                .formatted(device, midnight + offset)).collect(Collectors.joining(",", "[", "]")));

        JsonObject summary = Api.parse(Api.get("/api/energy/summary?tz=Asia/Kolkata", VIEWER)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("device_id").equals(device)).findFirst().orElseThrow();
        assertEquals(Instant.ofEpochSecond(midnight + 900).toString(), summary.getString("timestamp"));
        assertEquals(1200.0, summary.getJsonNumber("power_w").doubleValue());
        // 1.2 kW for the ten minutes from the reading before midnight to the first after it, then twice five minutes
        assertEquals(0.4, summary.getJsonNumber("today_kwh").doubleValue(), 1e-9);
        assertEquals(0.4, summary.getJsonNumber("month_kwh").doubleValue(), 1e-9, "the reading before midnight has nothing before it");
    }

    @Test
    void theSummaryRefusesAnUnknownZone() {
        assertInvalidField(Api.get("/api/energy/summary?tz=Mars/Olympus", VIEWER), "tz");
    }

    private String readings(int count, int stepSeconds) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":%d}".formatted(device, now - (count - 1 - i) * (long) stepSeconds, 100 + i))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private void post(String json) {
        var response = Api.post("/api/energy/readings", json, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
    }

    private List<JsonObject> points(String fields) {
        return Api.object(Api.get("/api/energy/history?device_id=%s&hours=1%s".formatted(device, fields), VIEWER))
                .getJsonArray("points").getValuesAs(JsonObject.class);
    }

    private JsonObject device() {
        return Api.parse(Api.get("/api/energy/devices", VIEWER)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("device_id").equals(device)).findFirst().orElseThrow();
    }
}
