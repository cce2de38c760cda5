package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.weather.entity.WeatherReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.myhomecontrol.platform.control.JsonBodies.errors;
import static com.myhomecontrol.platform.control.JsonBodies.fields;
import static com.myhomecontrol.platform.control.JsonBodies.fourth;
import static com.myhomecontrol.platform.control.JsonBodies.items;
import static com.myhomecontrol.platform.control.JsonBodies.object;
import static com.myhomecontrol.platform.control.JsonBodies.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class WeatherReadingParserTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final long ELEVEN = Instant.parse("2026-11-29T11:00:00Z").getEpochSecond();
    private static final Map<String, String> VALID = base();

    private final WeatherReadingParser parser = new WeatherReadingParser(new TimestampParser(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static Map<String, String> base() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("station_id", quoted("70:ee:50:00:00:01"));
        fields.put("module_type", quoted("NAMain"));
        fields.put("timestamp", quoted("2026-11-29T11:00:00Z"));
        fields.put("temperature_c", "21.5");
        return fields;
    }

    @Test
    void readsEveryField() {
        WeatherReading reading = parseOne(object(VALID, "humidity_percent", "48", "co2_ppm", "612",
                "pressure_mbar", "1013.2", "noise_db", "38"));

        assertEquals("70:ee:50:00:00:01", reading.getStationId());
        assertEquals("NAMain", reading.getModuleType());
        assertEquals(ELEVEN, reading.getTimestamp());
        assertEquals(21.5, reading.getTemperatureC());
        assertEquals(48.0, reading.getHumidityPercent());
        assertEquals(612.0, reading.getCo2Ppm());
        assertEquals(1013.2, reading.getPressureMbar());
        assertEquals(38.0, reading.getNoiseDb());
    }

    @Test
    void acceptsAReadingOfOneMeasurementOnly() {
        WeatherReading reading = parseOne(object(VALID, "temperature_c", null, "humidity_percent", "100"));

        assertNull(reading.getTemperatureC());
        assertEquals(100.0, reading.getHumidityPercent());
    }

    @Test
    void readsTheWindAndRainGauges() {
        WeatherReading wind = parseOne(object(VALID, "temperature_c", null, "humidity_percent", null,
                "wind_strength_kmh", "12", "wind_angle_deg", "270", "gust_strength_kmh", "31.5", "gust_angle_deg", "265"));
        WeatherReading rain = parseOne(object(VALID, "temperature_c", null, "humidity_percent", null,
                "rain_mm", "0.2", "rain_1h_mm", "1.1", "rain_24h_mm", "7.5"));

        assertEquals(List.of(12.0, 270.0, 31.5, 265.0), List.of(wind.getWindStrengthKmh(), wind.getWindAngleDeg(),
                wind.getGustStrengthKmh(), wind.getGustAngleDeg()));
        assertEquals(List.of(0.2, 1.1, 7.5), List.of(rain.getRainMm(), rain.getRain1hMm(), rain.getRain24hMm()));
        assertNull(wind.getRainMm());
    }

    @ParameterizedTest(name = "timestamp {0}")
    @MethodSource
    void acceptsEveryTimestampForm(String json) {
        assertEquals(ELEVEN, parseOne(object(VALID, "timestamp", json)).getTimestamp());
    }

    static Stream<String> acceptsEveryTimestampForm() {
        return Stream.of(quoted("2026-11-29T11:00:00Z"), quoted("2026-11-29T12:00:00+01:00"),
                quoted("2026-11-29T06:00:00-05:00"), Long.toString(ELEVEN));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void refusesABadValueNamingTheFieldAndItsIndex(String field, String json, String message) {
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, field, json)));

        assertEquals(List.of("[3]." + field), fields(errors));
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    static Stream<Arguments> refusesABadValueNamingTheFieldAndItsIndex() {
        return Stream.of(
                arguments("station_id", null, "is required"),
                arguments("station_id", quoted("s".repeat(129)), "at most 128 characters"),
                arguments("station_id", "true", "must be a string"),
                arguments("module_type", null, "is required"),
                arguments("module_type", quoted(""), "must not be empty"),
                arguments("timestamp", quoted("2026-11-29T11:00:00"), "has no offset"),
                arguments("timestamp", quoted("2026-11-30T12:00:01Z"), "more than a day in the future"),
                arguments("timestamp", "{}", "must be an ISO-8601 string"),
                arguments("temperature_c", quoted("NaN"), "must be a number"),
                arguments("temperature_c", "1e400", "must be a finite number"),
                arguments("temperature_c", "-100.5", "between -100 and 100"),
                arguments("humidity_percent", "100.1", "between 0 and 100"),
                arguments("humidity_percent", "-1", "between 0 and 100"),
                arguments("co2_ppm", "-1", "between 0 and 100000"),
                arguments("pressure_mbar", "99.9", "between 100 and 1200"),
                arguments("noise_db", "201", "between 0 and 200"),
                arguments("wind_strength_kmh", "501", "between 0 and 500"),
                arguments("wind_angle_deg", "361", "between 0 and 360"),
                arguments("gust_strength_kmh", "-1", "between 0 and 500"),
                arguments("gust_angle_deg", "-1", "between 0 and 360"),
                arguments("rain_mm", "-0.1", "between 0 and 1000"),
                arguments("rain_1h_mm", "1000.1", "between 0 and 1000"),
                arguments("rain_24h_mm", "5001", "between 0 and 5000"),
                arguments("wind_kmh", "3", "is not a known field"));
    }

    @Test
    void refusesAReadingWithoutAnyMeasurement() {
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, "temperature_c", null)));

        assertEquals(List.of("[3].temperature_c"), fields(errors));
        assertTrue(errors.get(0).message().startsWith("a reading needs at least one of"), errors.get(0).message());
    }

    @Test
    void refusesAReadingWhoseMeasurementsAreAllNull() {
        // null means "not measured"; a reading of nothing but nulls stores an empty row.
        List<FieldError> errors = errors(parser::parse, fourth(object(VALID), object(VALID, "temperature_c", "null")));

        assertEquals(List.of("[3].temperature_c"), fields(errors));
    }

    @Test
    void namesEveryErrorOfAnItem() {
        String json = object(VALID, "station_id", null, "module_type", "1", "humidity_percent", "101");

        assertEquals(List.of("station_id", "module_type", "humidity_percent"), fields(errors(parser::parse, json)));
    }

    private WeatherReading parseOne(String json) {
        List<WeatherReading> readings = parser.parse(items(json));
        assertEquals(1, readings.size());
        return readings.get(0);
    }
}
