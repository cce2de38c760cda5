package com.myhomecontrol.energy.entity;

/**
 * The readings of one device in one UTC hour, summarised (a row of energy_hourly). energyKwh is
 * what was consumed between the readings of the hour; what was consumed between the last reading
 * of the previous hour and the first of this one is derived from {@code first} when hours are
 * combined.
 */
public record EnergyHour(long hourStart, long readingCount, long powerCount, double powerSum,
                         Double powerMin, Double powerMax, double energyKwh,
                         EnergySample first, EnergySample last) {

    public static final long SECONDS = 3600;

    public static long startOf(long timestamp) {
        return Math.floorDiv(timestamp, SECONDS) * SECONDS;
    }
}
