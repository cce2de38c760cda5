package com.myhomecontrol.emulation.control;

import java.time.Duration;

/**
 * The emulated weather: smooth daily curves (coldest at 4 in the morning, warmest at 4 in the
 * afternoon), pressure drifting over days, showers every other day; rounded as the station rounds.
 */
final class NetatmoWeather {

    private static final double DAY = 86_400;

    private NetatmoWeather() {
    }

    static double value(NetatmoEmulatedStation.Module module, String type, long time) {
        double warm = -Math.cos(2 * Math.PI * ((time - 4 * 3600) % DAY) / DAY);
        double gusty = Math.abs(Math.sin(time / 5400.0));
        boolean indoor = module.type().equals("NAMain");
        return switch (type) {
            case "temperature" -> tenths(switch (module.type()) {
                case "NAModule1" -> 7 + 5 * warm;
                case "NAModule4" -> 19 + 0.8 * warm;
                default -> 21 + warm;
            });
            case "humidity" -> Math.round(module.type().equals("NAModule1") ? 80 - 15 * warm : 47 - 4 * warm);
            case "co2" -> Math.round(indoor ? 600 + 250 * warm : 700 - 200 * warm);
            case "noise" -> Math.round(38 + 6 * warm);
            case "pressure" -> tenths(1013 + 6 * Math.sin(2 * Math.PI * time / (5 * DAY)));
            case "windstrength" -> Math.round(4 + 14 * gusty);
            case "guststrength" -> Math.round(7 + 24 * gusty);
            case "windangle", "gustangle" -> Math.round(200 + 40 * Math.sin(time / 20_000.0)) % 360;
            case "rain" -> rain(time);
            default -> throw new IllegalArgumentException("Not emulated: " + type);
        };
    }

    /** The rain of the records in the period before the given time, the record at that time included. */
    static double rainSince(NetatmoEmulatedStation.Module module, long time, Duration period) {
        double sum = 0;
        for (long t = time; t > time - period.toSeconds(); t -= NetatmoEmulatedStation.RECORD_SECONDS) {
            sum += value(module, "rain", t);
        }
        return Math.round(sum * 100) / 100.0;
    }

    /** Showers on the second half of every other day, up to 0.3 mm in 5 minutes. */
    private static double rain(long time) {
        double shower = Math.sin(2 * Math.PI * time / (2 * DAY));
        return shower > 0.5 ? Math.round(shower * 3) / 10.0 : 0;
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
