package com.myhomecontrol.weather.entity;

import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measured quantities of a weather reading that history serves, and their columns. Wind and
 * gust directions are left out: an average of angles is no direction.
 */
public enum Metric {
    TEMPERATURE("temperature_c"),
    HUMIDITY("humidity_percent"),
    CO2("co2_ppm"),
    PRESSURE("pressure_mbar"),
    NOISE("noise_db"),
    WIND("wind_strength_kmh"),
    GUST("gust_strength_kmh"),
    RAIN("rain_mm"),
    RAIN_1H("rain_1h_mm"),
    RAIN_24H("rain_24h_mm");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric named, case-insensitively; anything else is refused, never guessed. */
    public static Metric parse(String text, String field) {
        if (text == null) {
            throw new InvalidInputException(field, "is required (one of " + labels() + ")");
        }
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "must be one of " + labels() + ", was \"" + text + "\""));
    }

    private static String labels() {
        return Arrays.stream(values()).map(Metric::label).collect(Collectors.joining(", "));
    }
}
