package com.myhomecontrol.weather.entity;

import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The time ranges of the existing weather dashboards. Up to a week they get raw values; longer
 * ranges get hourly or daily averages, so that a year is 365 points, not 100,000.
 */
public enum HistoricalRange {
    HOUR("1h", Duration.ofHours(1), Bucket.RAW),
    SIX_HOURS("6h", Duration.ofHours(6), Bucket.RAW),
    DAY("24h", Duration.ofDays(1), Bucket.RAW),
    WEEK("7d", Duration.ofDays(7), Bucket.RAW),
    MONTH("30d", Duration.ofDays(30), Bucket.HOUR),
    YEAR("1y", Duration.ofDays(365), Bucket.DAY);

    private final String label;
    private final Duration duration;
    private final Bucket bucket;

    HistoricalRange(String label, Duration duration, Bucket bucket) {
        this.label = label;
        this.duration = duration;
        this.bucket = bucket;
    }

    public String label() {
        return label;
    }

    public Duration duration() {
        return duration;
    }

    public Bucket bucket() {
        return bucket;
    }

    public static HistoricalRange parse(String text) {
        String given = text == null ? "24h" : text;
        return Arrays.stream(values()).filter(r -> r.label.equals(given)).findFirst()
                .orElseThrow(() -> new InvalidInputException("time_range", "must be one of "
                        + Arrays.stream(values()).map(HistoricalRange::label).collect(Collectors.joining(", "))
                        + ", was \"" + given + "\""));
    }
}
