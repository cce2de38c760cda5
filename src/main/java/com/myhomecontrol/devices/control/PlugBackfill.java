package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.energy.entity.EnergyReading;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole hours in which a plug was not read, recovered from its hourly counter
 * (get_energy_data). The history integrates power between readings at most 15 minutes apart, so a
 * recovered hour is stored as readings at :00, :15, :30, :45 and :59:59 that carry the hour's mean
 * power: the energy the history finds in the hour is then the plug's own figure, to within a
 * second's worth. Counters, voltage, current and the on/off state of those hours stay unknown.
 */
final class PlugBackfill {

    /** How far back a plug is asked: within the span one get_energy_data call accepts. */
    static final Duration LIMIT = Duration.ofDays(7);

    private static final long[] OFFSETS = {0, 900, 1800, 2700, 3599};
    private static final double WATTS_PER_KWH_OVER_AN_HOUR = 1000;

    private PlugBackfill() {
    }

    /** The whole hours after the newest stored reading and before the hour of this poll, if any. */
    static Optional<Span> missedHours(long lastStored, Instant polledAt) {
        Instant end = polledAt.truncatedTo(ChronoUnit.HOURS);
        Instant first = Instant.ofEpochSecond(lastStored).truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant start = first.isBefore(end.minus(LIMIT)) ? end.minus(LIMIT) : first;
        return start.isBefore(end) ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    static List<EnergyReading> readings(String deviceId, Span span, List<HourlyEnergy> hours) {
        List<EnergyReading> readings = new ArrayList<>(hours.size() * OFFSETS.length);
        for (HourlyEnergy hour : hours) {
            if (hour.start().isBefore(span.start()) || !hour.start().isBefore(span.end())) {
                continue;
            }
            double meanPowerW = hour.energyKwh() * WATTS_PER_KWH_OVER_AN_HOUR;
            for (long offset : OFFSETS) {
                readings.add(new EnergyReading(deviceId, hour.start().getEpochSecond() + offset, meanPowerW,
                        null, null, null, null, null));
            }
        }
        return readings;
    }

    /** Whole hours from start, included, to end, excluded. */
    record Span(Instant start, Instant end) {
    }
}
