package com.myhomecontrol.energy.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoints the existing dashboards call answer in the shapes those dashboards read. */
class CompatibilityIT {

    private final String device = "compat-" + UUID.randomUUID();
    private final String station = "compat-" + UUID.randomUUID();
    private final long now = Instant.now().getEpochSecond();

    @Test
    void tapoHistory() {
        post("/api/energy/readings", "[{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":5},{\"device_id\":\"%1$s\",\"timestamp\":%3$d,\"power_w\":7,\"voltage_v\":230.1}]"
                .formatted(device, now - 7200, now));

        JsonObject answer = Api.object(Api.get("/api/sensors/tapo-p115/" + device + "/history?hours=1", VIEWER));
        assertEquals(Set.of("device_id", "hours", "data_points", "count"), answer.keySet());
        assertEquals(1, answer.getInt("hours"));
        assertEquals(1, answer.getInt("count"));
        JsonObject point = answer.getJsonArray("data_points").getJsonObject(0);
        assertEquals(Set.of("timestamp", "power_w", "voltage_v", "current_a"), point.keySet());
        assertEquals(now, point.getJsonNumber("timestamp").longValue(), "epoch seconds");
        assertEquals(230.1, point.getJsonNumber("voltage_v").doubleValue());
        assertEquals(JsonValue.NULL, point.get("current_a"));

        assertInvalidField(Api.get("/api/sensors/tapo-p115/" + device + "/history?hours=169", VIEWER), "hours");
        assertInvalidField(Api.get("/api/sensors/tapo-p115/" + device + "/history?hours=0", VIEWER), "hours");
    }

    @Test
    void usageHistory() {
        long hourStart = now - now % 3600;
        post("/api/energy/readings", "[{\"device_id\":\"%1$s\",\"timestamp\":%2$d,\"power_w\":1000},{\"device_id\":\"%1$s\",\"timestamp\":%3$d,\"power_w\":1000}]"
                .formatted(device, hourStart, hourStart + 360));

        JsonObject day = Api.object(Api.get("/api/energy/usage-history?period=day", VIEWER));
        assertEquals(Set.of("period", "start_date", "end_date", "history"), day.keySet());
        assertEquals("day", day.getString("period"));
        var hours = day.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(24, hours.size());
        JsonObject written = hours.stream().filter(h -> h.getJsonNumber("timestamp").longValue() == hourStart).findFirst().orElseThrow();
        assertEquals(0.1, written.getJsonObject("devices").getJsonNumber(device).doubleValue(), 1e-9, "1 kW for 6 minutes");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonObject week = Api.object(Api.get("/api/energy/usage-history?period=week", VIEWER));
        assertEquals(7, week.getJsonArray("history").size());
        assertTrue(List.of(today, LocalDate.now(ZoneOffset.UTC).toString()).contains(week.getString("end_date")), "ends today");
        assertEquals(30, Api.object(Api.get("/api/energy/usage-history?period=month", VIEWER)).getJsonArray("history").size());
        assertInvalidField(Api.get("/api/energy/usage-history?period=year", VIEWER), "period");
    }

    @Test
    void weatherStationHistorical() {
        post("/api/weather/readings", "[{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%2$d,\"temperature_c\":21.5},{\"station_id\":\"%1$s\",\"module_type\":\"outdoor\",\"timestamp\":%2$d,\"temperature_c\":4}]"
                .formatted(station, now));

        JsonObject answer = Api.object(Api.get("/api/weather/stations/" + station + "/historical?data_type=temperature&time_range=6h", VIEWER));
        assertEquals(Set.of("station_id", "data_type", "time_range", "data_points"), answer.keySet());
        JsonObject point = answer.getJsonArray("data_points").getJsonObject(0);
        assertEquals(Set.of("timestamp", "value"), point.keySet());
        assertEquals(now, point.getJsonNumber("timestamp").longValue());
        assertEquals(21.5, point.getJsonNumber("value").doubleValue(), "the main module unless another is named");

        JsonObject outdoorYear = Api.object(Api.get("/api/weather/stations/" + station + "/historical?data_type=temperature&time_range=1y&module_type=outdoor", VIEWER));
        assertEquals(4.0, outdoorYear.getJsonArray("data_points").getJsonObject(0).getJsonNumber("value").doubleValue());
        assertTrue(outdoorYear.getJsonArray("data_points").getJsonObject(0).getJsonNumber("timestamp").longValue() % 86400 == 0, "daily averages");

        assertInvalidField(Api.get("/api/weather/stations/" + station + "/historical?data_type=temperature&time_range=2d", VIEWER), "time_range");
        assertInvalidField(Api.get("/api/weather/stations/" + station + "/historical?data_type=snow", VIEWER), "data_type");
    }

    private static void post(String path, String json) {
        var response = Api.post(path, json, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
    }
}
