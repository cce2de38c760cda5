package com.myhomecontrol.energy.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KilowatthoursTest {

    @Test
    void aCountersRiseReadsAsTheWattHoursItCounted() {
        assertEquals(0.0050000000000000044, 0.330 - 0.325);
        assertEquals(0.005, Kilowatthours.shown(0.330 - 0.325));
        assertEquals(0.041667, Kilowatthours.shown(100.0 * 1500 / 3_600_000));
        assertEquals(-0.001, Kilowatthours.shown(-0.0010000000000000009));
    }

    @Test
    void aMapKeepsItsKeysInTheirOrder() {
        Map<String, Double> sorted = new TreeMap<>(Map.of("tv", 0.1 + 0.2, "aircon", 1.0000004, "fridge", 0.0));

        Map<String, Double> shown = Kilowatthours.shown(sorted);

        assertEquals(List.of("aircon", "fridge", "tv"), List.copyOf(shown.keySet()));
        assertEquals(List.of(1.0, 0.0, 0.3), List.copyOf(shown.values()));
    }
}
