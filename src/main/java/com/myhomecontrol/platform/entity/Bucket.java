package com.myhomecontrol.platform.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How history is summarised: raw readings, or aggregates over UTC-aligned buckets. */
public enum Bucket {
    RAW("raw", 0),
    MINUTE("1m", 60),
    FIVE_MINUTES("5m", 300),
    HOUR("1h", 3600),
    DAY("1d", 86400);

    private final String label;
    private final long seconds;

    Bucket(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public String label() {
        return label;
    }

    public long seconds() {
        return seconds;
    }

    public static Bucket parse(String text) {
        if (text == null) {
            return RAW;
        }
        return Arrays.stream(values()).filter(b -> b.label.equals(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException("bucket", "must be one of "
                        + Arrays.stream(values()).map(Bucket::label).collect(Collectors.joining(", "))
                        + ", was \"" + text + "\""));
    }
}
