package com.myhomecontrol.energy.entity;

/**
 * The readings of one device in one UTC-aligned period (an hour of energy_hourly, five minutes of
 * energy_5m), summarised. energyKwh is what was consumed between the readings of the period; what
 * was consumed between the last reading of the period before and the first of this one is derived
 * from {@code first} when periods are combined.
 */
public record EnergyPeriod(long start, long readingCount, long powerCount, double powerSum,
                           Double powerMin, Double powerMax, double energyKwh,
                           EnergySample first, EnergySample last) {

    public static final long HOUR = 3600;

    public static long startOf(long timestamp, long seconds) {
        return Math.floorDiv(timestamp, seconds) * seconds;
    }

    public static long hourOf(long timestamp) {
        return startOf(timestamp, HOUR);
    }
}
