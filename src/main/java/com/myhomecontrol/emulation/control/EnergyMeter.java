package com.myhomecontrol.emulation.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The plug's meter: integrates the profile's power into a running total of Wh and keeps the total
 * at each full hour. Every figure it reports is a difference of the floored total, so the hours
 * of a day add up exactly to the day's counter, and the days to the month's.
 */
final class EnergyMeter {

    private static final Duration STEP = Duration.ofMinutes(1);
    private static final Duration HISTORY = Duration.ofDays(8);
    /** Sums of many float steps land a hair below a whole Wh they should reach. */
    private static final double ROUNDING_SLACK_WH = 1e-6;

    private final PowerProfile profile;
    private final Clock clock;
    private final ZoneId zone;
    private final NavigableMap<Instant, Double> totalAtHour = new TreeMap<>();
    private Instant advancedTo;
    private double totalWh;
    private boolean on = true;

    EnergyMeter(PowerProfile profile, Clock clock, ZoneId zone) {
        this.profile = profile;
        this.clock = clock;
        this.zone = zone;
        Instant now = clock.instant();
        Instant monthStart = LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Instant historyStart = now.minus(HISTORY);
        advancedTo = (monthStart.isBefore(historyStart) ? monthStart : historyStart).truncatedTo(ChronoUnit.HOURS);
        totalAtHour.put(advancedTo, 0.0);
        advance();
    }

    synchronized void switchTo(boolean on) {
        advance();
        this.on = on;
    }

    synchronized boolean on() {
        return on;
    }

    synchronized double powerW() {
        advance();
        return on ? profile.watts(advancedTo) : 0;
    }

    synchronized long todayWh() {
        return whSince(LocalDate.ofInstant(advance(), zone).atStartOfDay(zone).toInstant());
    }

    synchronized long monthWh() {
        return whSince(LocalDate.ofInstant(advance(), zone).withDayOfMonth(1).atStartOfDay(zone).toInstant());
    }

    /** Wh of each hour from the one holding {@code from} up to {@code to} or now; the current hour so far. */
    synchronized List<Long> hourlyWh(Instant from, Instant to) {
        Instant now = advance();
        List<Long> hours = new ArrayList<>();
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(to) && !hour.isAfter(now); hour = hour.plus(Duration.ofHours(1))) {
            hours.add(floor(totalAt(hour.plus(Duration.ofHours(1)))) - floor(totalAt(hour)));
        }
        return hours;
    }

    private long whSince(Instant start) {
        return floor(totalWh) - floor(totalAt(start));
    }

    private double totalAt(Instant instant) {
        if (!instant.isBefore(advancedTo)) {
            return totalWh;
        }
        var atOrBefore = totalAtHour.floorEntry(instant);
        return atOrBefore == null ? 0 : atOrBefore.getValue();
    }

    private Instant advance() {
        Instant now = clock.instant();
        while (advancedTo.isBefore(now)) {
            Instant nextHour = advancedTo.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant next = earliest(advancedTo.plus(STEP), nextHour, now);
            Instant middle = advancedTo.plus(Duration.between(advancedTo, next).dividedBy(2));
            double watts = on ? profile.watts(middle) : 0;
            totalWh += watts * Duration.between(advancedTo, next).toMillis() / 3_600_000.0;
            advancedTo = next;
            if (next.equals(nextHour)) {
                totalAtHour.put(next, totalWh);
            }
        }
        return now;
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant ab = a.isBefore(b) ? a : b;
        return ab.isBefore(c) ? ab : c;
    }

    private static long floor(double wh) {
        return (long) Math.floor(wh + ROUNDING_SLACK_WH);
    }
}
