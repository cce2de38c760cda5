package com.myhomecontrol.energy.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consumed energy as answers show it: to the milliwatt-hour, finer than any plug counts (they count
 * watt-hours), so that the rise of a counter from 0.325 to 0.330 kWh reads 0.005, not
 * 0.0050000000000000044. The statistics keep their doubles; only what is shown is rounded.
 */
public final class Kilowatthours {

    private static final double MILLIWATT_HOURS_PER_KWH = 1_000_000;

    private Kilowatthours() {
    }

    public static double shown(double kwh) {
        return Math.round(kwh * MILLIWATT_HOURS_PER_KWH) / MILLIWATT_HOURS_PER_KWH;
    }

    /** The same keys in the same order, each value {@link #shown}. */
    public static Map<String, Double> shown(Map<String, Double> kwhByKey) {
        Map<String, Double> shown = new LinkedHashMap<>();
        kwhByKey.forEach((key, kwh) -> shown.put(key, shown(kwh)));
        return Collections.unmodifiableMap(shown);
    }
}
