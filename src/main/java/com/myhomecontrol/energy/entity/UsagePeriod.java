package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** The periods of the usage history: the last day by hour, the last 7 or 30 days by day. */
public enum UsagePeriod {
    DAY(1, Bucket.HOUR),
    WEEK(7, Bucket.DAY),
    MONTH(30, Bucket.DAY);

    private final int days;
    private final Bucket bucket;

    UsagePeriod(int days, Bucket bucket) {
        this.days = days;
        this.bucket = bucket;
    }

    public int days() {
        return days;
    }

    public Bucket bucket() {
        return bucket;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UsagePeriod parse(String text) {
        String given = text == null ? "day" : text;
        return Arrays.stream(values()).filter(p -> p.label().equals(given)).findFirst()
                .orElseThrow(() -> new InvalidInputException("period", "must be day, week or month, was \"" + given + "\""));
    }
}
