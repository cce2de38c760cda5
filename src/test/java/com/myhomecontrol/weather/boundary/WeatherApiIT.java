package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static com.myhomecontrol.it.Api.User.VIEWER;
import static com.myhomecontrol.it.ProblemAssertions.assertInvalidField;
import static com.myhomecontrol.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeatherApiIT {

    private final String station = "70:ee:50:" + UUID.randomUUID();
    private final long now = Instant.now().getEpochSecond();

    @Test
    void storingHumidityKeepsTheTemperatureOfTheSameSecond() {
        post("{\"station_id\":\"%s\",\"module_type\":\"outdoor\",\"timestamp\":%d,\"temperature_c\":-3.5}".formatted(station, now));
        post("{\"station_id\":\"%s\",\"module_type\":\"outdoor\",\"timestamp\":%d,\"humidity_percent\":81}".formatted(station, now));

        assertEquals(-3.5, onlyValue("temperature"));
        assertEquals(81.0, onlyValue("humidity"));
        JsonObject series = Api.parse(Api.get("/api/weather/stations", VIEWER)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("station_id").equals(station)).findFirst().orElseThrow();
        assertEquals(1, series.getInt("reading_count"));
        assertEquals("outdoor", series.getString("module_type"));
    }

    @Test
    void bucketsAggregateOneMetric() {
        long hour = now - now % 3600 - 3600;
        post(("[{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%2$d,\"co2_ppm\":400},"
                + "{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%3$d,\"co2_ppm\":800},"
                + "{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%4$d,\"temperature_c\":20}]")
                .formatted(station, hour, hour + 300, hour + 600));

        JsonObject history = Api.object(Api.get("/api/weather/history?station_id=%s&module_type=indoor&metric=co2&start=%d&end=%d&bucket=1h"
                .formatted(station, hour, hour + 3600), VIEWER));
        assertEquals("co2", history.getString("metric"));
        JsonObject bucket = history.getJsonArray("points").getJsonObject(0);
        assertEquals(400.0, bucket.getJsonNumber("min").doubleValue());
        assertEquals(600.0, bucket.getJsonNumber("avg").doubleValue());
        assertEquals(800.0, bucket.getJsonNumber("max").doubleValue());
        assertEquals(2, bucket.getInt("count"), "the reading without CO2 is not counted");
    }

    @Test
    void anUnknownMetricIsRefusedNotGuessed() {
        post("{\"station_id\":\"%s\",\"module_type\":\"indoor\",\"timestamp\":%d,\"temperature_c\":20}".formatted(station, now));
        assertInvalidField(Api.get("/api/weather/history?station_id=%s&module_type=indoor&metric=temprature".formatted(station), VIEWER), "metric");
    }

    @Test
    void badReadingsAreRefused() {
        assertInvalidField(Api.post("/api/weather/readings",
                "{\"station_id\":\"%s\",\"module_type\":\"indoor\",\"timestamp\":%d,\"humidity_percent\":101}".formatted(station, now), OPERATOR),
                "humidity_percent");
        assertInvalidField(Api.post("/api/weather/readings",
                "{\"station_id\":\"%s\",\"timestamp\":%d,\"temperature_c\":20}".formatted(station, now), OPERATOR), "module_type");
        assertProblem(Api.get("/api/weather/history?station_id=%s&module_type=indoor&metric=temperature".formatted(station), VIEWER), 404);
    }

    @Test
    void latestIsTheNewestReadingOfEachModuleWithEveryField() {
        post(("[{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%2$d,\"temperature_c\":20.5},"
                + "{\"station_id\":\"%1$s\",\"module_type\":\"indoor\",\"timestamp\":%3$d,\"temperature_c\":21.5,\"co2_ppm\":612},"
                + "{\"station_id\":\"%1$s\",\"module_type\":\"rain\",\"timestamp\":%2$d,\"rain_mm\":0.3,\"rain_1h_mm\":1.2}]")
                .formatted(station, now - 300, now));

        List<JsonObject> latest = Api.parse(Api.get("/api/weather/latest", VIEWER)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(reading -> reading.getString("station_id").equals(station)).toList();
        assertEquals(List.of("indoor", "rain"), latest.stream().map(reading -> reading.getString("module_type")).toList());
        JsonObject indoor = latest.get(0);
        assertEquals(Instant.ofEpochSecond(now).toString(), indoor.getString("timestamp"));
        assertEquals(21.5, indoor.getJsonNumber("temperature_c").doubleValue());
        assertEquals(612.0, indoor.getJsonNumber("co2_ppm").doubleValue());
        assertTrue(indoor.isNull("humidity_percent"));
        assertEquals(List.of("station_id", "module_type", "timestamp", "temperature_c", "humidity_percent", "co2_ppm", "pressure_mbar",
                        "noise_db", "wind_strength_kmh", "wind_angle_deg", "gust_strength_kmh", "gust_angle_deg", "rain_mm", "rain_1h_mm", "rain_24h_mm"),
                List.copyOf(indoor.keySet()), "every stored field, named as in a reading");
        assertEquals(1.2, latest.get(1).getJsonNumber("rain_1h_mm").doubleValue());
    }

    private double onlyValue(String metric) {
        var points = Api.object(Api.get("/api/weather/history?station_id=%s&module_type=outdoor&metric=%s&hours=1"
                .formatted(station, metric), VIEWER)).getJsonArray("points");
        assertEquals(1, points.size());
        return points.getJsonObject(0).getJsonNumber("value").doubleValue();
    }

    private void post(String json) {
        var response = Api.post("/api/weather/readings", json, OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
    }
}
