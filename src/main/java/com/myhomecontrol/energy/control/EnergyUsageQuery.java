package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.UsageHistory;
import com.myhomecontrol.energy.entity.UsagePeriod;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
        Bucket bucket = period.bucket();
        Instant end = new TimeRange(now, now.plusSeconds(1)).alignedTo(bucket).end();
        Instant start = end.minus(Duration.ofDays(period.days()));
        TimeRange range = new TimeRange(start, end);
        Map<Long, Map<String, Double>> byBucket = new TreeMap<>();
        for (EnergyDevice device : devices.all()) {
            for (EnergyBucket consumed : history.buckets(device.getDeviceId(), range, bucket)) {
                byBucket.computeIfAbsent(consumed.timestamp().getEpochSecond(), t -> new TreeMap<>())
                        .put(device.getDeviceId(), consumed.energyKwh());
            }
        }
        List<UsageHistory.Entry> entries = new ArrayList<>();
        for (long t = start.getEpochSecond(); t < end.getEpochSecond(); t += bucket.seconds()) {
            Map<String, Double> shares = byBucket.getOrDefault(t, Map.of());
            double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
            entries.add(new UsageHistory.Entry(t, label(Instant.ofEpochSecond(t), bucket), total, shares));
        }
        return new UsageHistory(period.label(), start.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                end.minusSeconds(1).atOffset(ZoneOffset.UTC).toLocalDate().toString(), entries);
    }

    private static String label(Instant bucketStart, Bucket bucket) {
        return bucket == Bucket.HOUR ? HOUR.format(bucketStart) : bucketStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
