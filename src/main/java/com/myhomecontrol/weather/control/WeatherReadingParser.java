package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonFields;
import com.myhomecontrol.platform.control.JsonItems;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.weather.entity.Rain;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.weather.entity.Wind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the JSON of posted weather readings into readings, or names every field that is wrong. */
public class WeatherReadingParser {

    private static final List<String> MEASUREMENTS = List.of("temperature_c", "humidity_percent", "co2_ppm",
            "pressure_mbar", "noise_db", "wind_strength_kmh", "wind_angle_deg", "gust_strength_kmh", "gust_angle_deg",
            "rain_mm", "rain_1h_mm", "rain_24h_mm");
    private static final Set<String> FIELDS = Stream.concat(Stream.of("station_id", "module_type", "timestamp"),
            MEASUREMENTS.stream()).collect(Collectors.toUnmodifiableSet());

    private final TimestampParser timestamps;

    public WeatherReadingParser(TimestampParser timestamps) {
        this.timestamps = timestamps;
    }

    public List<WeatherReading> parse(JsonBodyReader.Items items) {
        return JsonItems.map(items, timestamps, WeatherReadingParser::reading);
    }

    private static WeatherReading reading(JsonFields fields) {
        fields.rejectUnknown(FIELDS);
        fields.requireAnyOf(MEASUREMENTS);
        String stationId = fields.id("station_id");
        String moduleType = fields.id("module_type");
        Instant timestamp = fields.timestamp("timestamp");
        // Bounds beyond anything measured on Earth or indoors: outside them the unit is wrong (wind in km/h, not m/s).
        return new WeatherReading(stationId, moduleType, timestamp == null ? 0 : timestamp.getEpochSecond(),
                fields.number("temperature_c", -100, 100),
                fields.number("humidity_percent", 0, 100),
                fields.number("co2_ppm", 0, 100_000),
                fields.number("pressure_mbar", 100, 1_200),
                fields.number("noise_db", 0, 200),
                new Wind(fields.number("wind_strength_kmh", 0, 500), fields.number("wind_angle_deg", 0, 360),
                        fields.number("gust_strength_kmh", 0, 500), fields.number("gust_angle_deg", 0, 360)),
                new Rain(fields.number("rain_mm", 0, 1_000), fields.number("rain_1h_mm", 0, 1_000),
                        fields.number("rain_24h_mm", 0, 5_000)));
    }
}
