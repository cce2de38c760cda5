package com.myhomecontrol.weather.control;

import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.JsonFields;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.weather.entity.WeatherReading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the JSON of posted weather readings into readings, or names every field that is wrong. */
public class WeatherReadingParser {

    static final Set<String> FIELDS = Set.of("station_id", "module_type", "timestamp", "temperature_c",
            "humidity_percent", "co2_ppm", "pressure_mbar", "noise_db");
    private static final Set<String> MEASUREMENTS = Set.of("temperature_c", "humidity_percent", "co2_ppm",
            "pressure_mbar", "noise_db");

    private final TimestampParser timestamps;

    public WeatherReadingParser(TimestampParser timestamps) {
        this.timestamps = timestamps;
    }

    public List<WeatherReading> parse(JsonBodyReader.Items items) {
        List<FieldError> errors = new ArrayList<>();
        List<WeatherReading> readings = new ArrayList<>(items.objects().size());
        for (int i = 0; i < items.objects().size(); i++) {
            var object = items.objects().get(i);
            var fields = new JsonFields(object, items.path(i), errors, timestamps);
            fields.rejectUnknown(FIELDS);
            String stationId = fields.id("station_id");
            String moduleType = fields.id("module_type");
            Instant timestamp = fields.timestamp("timestamp");
            // Bounds beyond anything measured on Earth or indoors: outside them the unit is wrong.
            Double temperature = fields.number("temperature_c", -100, 100);
            Double humidity = fields.number("humidity_percent", 0, 100);
            Double co2 = fields.number("co2_ppm", 0, 100_000);
            Double pressure = fields.number("pressure_mbar", 100, 1_200);
            Double noise = fields.number("noise_db", 0, 200);
            if (MEASUREMENTS.stream().noneMatch(object::containsKey)) {
                fields.error("temperature_c", "a reading needs at least one of " + String.join(", ", MEASUREMENTS.stream().sorted().toList()));
            }
            if (errors.isEmpty()) {
                readings.add(new WeatherReading(stationId, moduleType, timestamp.getEpochSecond(),
                        temperature, humidity, co2, pressure, noise));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return readings;
    }
}
