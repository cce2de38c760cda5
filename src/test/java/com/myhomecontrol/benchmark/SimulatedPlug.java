package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.entity.EnergyReading;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One smart plug: power from its appliance, mains voltage, and the energy counters a Tapo plug
 * keeps, today's reset at UTC midnight and this month's at the first of the month.
 */
final class SimulatedPlug {

    private final String deviceId;
    private final ApplianceProfile appliance;
    private final SplittableRandom random;
    /** Plugs with the same appliance do not switch in step. */
    private final long scheduleShiftSeconds;
    private long currentDay = Long.MIN_VALUE;
    private double todayKwh;
    private double monthKwh;

    SimulatedPlug(String deviceId, ApplianceProfile appliance, SplittableRandom random) {
        this.deviceId = deviceId;
        this.appliance = appliance;
        this.random = random;
        this.scheduleShiftSeconds = random.nextLong(0, 3600);
    }

    String deviceId() {
        return deviceId;
    }

    /** The reading at {@code epochSecond}, counting the energy used since the reading {@code intervalSeconds} before. */
    EnergyReading read(long epochSecond, int intervalSeconds) {
        double power = round(appliance.powerW(epochSecond + scheduleShiftSeconds, random), 1);
        double dayAngle = 2 * Math.PI * Math.floorMod(epochSecond, 86_400) / 86_400;
        double voltage = round(230 + 4 * Math.sin(dayAngle) + random.nextDouble(-1.5, 1.5), 1);
        count(epochSecond, power * intervalSeconds / 3_600_000.0);
        return new EnergyReading(deviceId, epochSecond, power, voltage, round(power / voltage, 3),
                round(todayKwh, 3), round(monthKwh, 3), power > 0);
    }

    private void count(long epochSecond, double kwh) {
        long day = Math.floorDiv(epochSecond, 86_400);
        if (day != currentDay) {
            if (currentDay == Long.MIN_VALUE || LocalDate.ofEpochDay(day).getDayOfMonth() == 1) {
                monthKwh = 0;
            }
            todayKwh = 0;
            currentDay = day;
        }
        todayKwh += kwh;
        monthKwh += kwh;
    }

    /** Plugs report watts to a tenth and counters to the watt-hour. */
    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
