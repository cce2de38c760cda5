package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergySample;

/**
 * What a plug consumed between two of its readings: the rise of its daily counter (a fall is the
 * midnight reset, so the new value is all of it), or, without counters, the trapezoid of power
 * over the interval. Nothing is attributed across a gap of more than an hour, and power is not
 * integrated across more than 15 minutes: an off-line plug is not assumed to keep its power.
 */
final class Consumption {

    static final long MAX_GAP_SECONDS = 3600;
    static final long MAX_INTEGRATION_GAP_SECONDS = 900;

    private Consumption() {
    }

    static double kwh(EnergySample previous, EnergySample current) {
        if (previous == null) {
            return 0;
        }
        long seconds = current.timestamp() - previous.timestamp();
        if (seconds <= 0 || seconds > MAX_GAP_SECONDS) {
            return 0;
        }
        if (current.dailyEnergyKwh() != null && previous.dailyEnergyKwh() != null) {
            double rise = current.dailyEnergyKwh() - previous.dailyEnergyKwh();
            return rise >= 0 ? rise : current.dailyEnergyKwh();
        }
        if (current.powerW() != null && previous.powerW() != null && seconds <= MAX_INTEGRATION_GAP_SECONDS) {
            return (current.powerW() + previous.powerW()) * seconds / 7_200_000.0;
        }
        return 0;
    }
}
