package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.UsageHistory;
import com.myhomecontrol.energy.entity.UsagePeriod;
import com.myhomecontrol.platform.entity.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Energy consumed by all devices together over a period, bucket by bucket. */
@ApplicationScoped
public class EnergyUsageQuery {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:00'Z'").withZone(ZoneOffset.UTC);

    @Inject
    EnergyDevices devices;

    @Inject
    EnergyHistoryQuery history;

    public UsageHistory usage(UsagePeriod period, Instant now) {
        ChronoUnit unit = period.bucket().seconds() == 3600 ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant end = now.truncatedTo(unit).plus(1, unit);
        Instant start = end.minus(period == UsagePeriod.DAY ? 24 : period.days(), unit);
        TimeRange range = new TimeRange(start, end);
        Map<Long, Map<String, Double>> byBucket = new TreeMap<>();
        for (EnergyDevice device : devices.all()) {
            for (EnergyBucket bucket : history.buckets(device.getDeviceId(), range, period.bucket())) {
                byBucket.computeIfAbsent(bucket.timestamp().getEpochSecond(), t -> new TreeMap<>())
                        .put(device.getDeviceId(), bucket.energyKwh());
            }
        }
        List<UsageHistory.Entry> entries = new ArrayList<>();
        for (long t = start.getEpochSecond(); t < end.getEpochSecond(); t += period.bucket().seconds()) {
            Map<String, Double> shares = byBucket.getOrDefault(t, Map.of());
            double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
            entries.add(new UsageHistory.Entry(t, label(Instant.ofEpochSecond(t), unit), total, shares));
        }
        return new UsageHistory(period.label(), start.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                end.minusSeconds(1).atOffset(ZoneOffset.UTC).toLocalDate().toString(), entries);
    }

    private static String label(Instant bucketStart, ChronoUnit unit) {
        return unit == ChronoUnit.HOURS ? HOUR.format(bucketStart) : bucketStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
