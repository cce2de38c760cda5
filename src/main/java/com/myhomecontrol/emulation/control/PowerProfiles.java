package com.myhomecontrol.emulation.control;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Appliances as their plugs see them: deterministic curves, so a run can be repeated.
 */
public enum PowerProfiles implements PowerProfile {

    /** Cools from late morning to late evening, the compressor modulating; a few watts otherwise. */
    AIR_CONDITIONER {
        @Override
        public double watts(Instant at) {
            double hour = hourOfDay(at);
            if (hour < 10 || hour >= 22) {
                return 3.0;
            }
            return 850 + 250 * Math.sin(2 * Math.PI * at.getEpochSecond() / 1200.0);
        }
    },
    /** The compressor runs 15 minutes in 45, with a start-up surge; the lamp and board otherwise. */
    FRIDGE {
        @Override
        public double watts(Instant at) {
            long second = Math.floorMod(at.getEpochSecond(), 2700);
            if (second >= 900) {
                return 1.5;
            }
            return second < 60 ? 180 : 95 + 10 * Math.sin(second / 90.0);
        }
    },
    /** Standby all day, watched in the evening. */
    STANDBY_TV {
        @Override
        public double watts(Instant at) {
            double hour = hourOfDay(at);
            return hour >= 19 && hour < 23 ? 90 + 15 * Math.sin(at.getEpochSecond() / 300.0) : 0.6;
        }
    };

    private static double hourOfDay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 3600.0;
    }
}
