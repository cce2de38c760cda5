package com.myhomecontrol.benchmark;

import java.util.SplittableRandom;

/** What an appliance behind a smart plug draws over the day, in watts, with the noise a real plug reports. */
enum ApplianceProfile {
    FRIDGE {
        @Override
        double powerW(long second, SplittableRandom random) {
            boolean compressorRunning = second % 2700 < 950;
            return compressorRunning ? 95 + random.nextDouble(-8, 8) : 1.2 + random.nextDouble(0, 0.4);
        }
    },
    ROUTER {
        @Override
        double powerW(long second, SplittableRandom random) {
            return 8.5 + random.nextDouble(-0.6, 0.6);
        }
    },
    TELEVISION {
        @Override
        double powerW(long second, SplittableRandom random) {
            double hour = hourOfDay(second);
            boolean watching = hour >= 18.5 && hour < 23 && day(second) % 7 != 2;
            return watching ? 85 + random.nextDouble(-15, 15) : 0.5;
        }
    },
    WASHING_MACHINE {
        @Override
        double powerW(long second, SplittableRandom random) {
            long intoProgramme = secondOfDay(second) - 9 * 3600;
            if (day(second) % 3 != 0 || intoProgramme < 0 || intoProgramme >= 5400) {
                return 0.8;
            }
            if (intoProgramme < 900) {
                return 2000 + random.nextDouble(-100, 100);
            }
            return intoProgramme < 4800 ? 250 + random.nextDouble(-150, 150) : 550 + random.nextDouble(-50, 50);
        }
    },
    DESK_COMPUTER {
        @Override
        double powerW(long second, SplittableRandom random) {
            double hour = hourOfDay(second);
            boolean weekday = Math.floorMod(day(second) + 3, 7) < 5;
            return weekday && hour >= 8 && hour < 17.5 ? 110 + random.nextDouble(-40, 40) : 2.5;
        }
    },
    LAMP {
        @Override
        double powerW(long second, SplittableRandom random) {
            double hour = hourOfDay(second);
            return hour >= 17 && hour < 23.5 ? 9.5 + random.nextDouble(-0.3, 0.3) : 0;
        }
    },
    HEATER {
        @Override
        double powerW(long second, SplittableRandom random) {
            double hour = hourOfDay(second);
            double duty = hour < 6 ? 0.6 : hour < 22 ? 0.3 : 0.5;
            boolean heating = second % 1800 < duty * 1800;
            return heating ? 1450 + random.nextDouble(-30, 30) : 0.3;
        }
    },
    KETTLE {
        @Override
        double powerW(long second, SplittableRandom random) {
            long s = secondOfDay(second);
            boolean boiling = s % 3600 < 180 && (s / 3600 == 7 || s / 3600 == 12 || s / 3600 == 16);
            return boiling ? 2100 + random.nextDouble(-50, 50) : 0.2;
        }
    };

    /** A plug whose relay is switched off measures exactly 0 W; every other state draws something. */
    abstract double powerW(long second, SplittableRandom random);

    private static long day(long second) {
        return Math.floorDiv(second, 86_400);
    }

    private static long secondOfDay(long second) {
        return Math.floorMod(second, 86_400);
    }

    private static double hourOfDay(long second) {
        return secondOfDay(second) / 3600.0;
    }
}
