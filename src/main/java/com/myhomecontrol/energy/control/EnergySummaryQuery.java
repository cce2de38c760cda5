package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergySummary;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Each plug's latest power and its consumption today and this month in a time zone, as history's
 * buckets count it. Cheap on a large store: the latest reading by its key from the device list, the
 * sums from the hourly statistics (one read of the month per plug, today's hours are part of it).
 */
@ApplicationScoped
public class EnergySummaryQuery {

    private static final String LATEST = """
            SELECT d.device_id, d.last_timestamp, r.power_w
            FROM energy_devices d
            LEFT JOIN energy_timeseries r ON r.device_id = d.device_id AND r.timestamp = d.last_timestamp
            ORDER BY d.device_id
            """;

    @Resource(lookup = TimeseriesDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    EnergyHistoryQuery history;

    EnergySummaryQuery() {
    }

    public EnergySummaryQuery(DataSource dataSource, EnergyHistoryQuery history) {
        this.dataSource = dataSource;
        this.history = history;
    }

    /** Today and this month run from local midnight and the local first of the month in {@code zone} to {@code now}. */
    public List<EnergySummary> all(ZoneId zone, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant today = day.atStartOfDay(zone).toInstant();
        Instant month = day.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        List<EnergySummary> summaries = new ArrayList<>();
        for (Latest latest : latest()) {
            TimeRange hours = new TimeRange(month, now.plusSeconds(1)).alignedTo(Bucket.HOUR);
            List<EnergyBucket> hourly = history.buckets(latest.deviceId(), hours, Bucket.HOUR);
            summaries.add(new EnergySummary(latest.deviceId(), latest.timestamp(), latest.powerW(),
                    consumedSince(latest.deviceId(), hourly, today), consumedSince(latest.deviceId(), hourly, month)));
        }
        return summaries;
    }

    /**
     * The energy of the hours from {@code start} on; where a zone's midnight is no UTC hour (India,
     * Nepal), the part hour before the first whole one comes from five-minute buckets.
     */
    private double consumedSince(String deviceId, List<EnergyBucket> hourly, Instant start) {
        long firstWholeHour = -Math.floorDiv(-start.getEpochSecond(), EnergyPeriod.HOUR) * EnergyPeriod.HOUR;
        double kwh = hourly.stream().filter(hour -> hour.timestamp().getEpochSecond() >= firstWholeHour)
                .mapToDouble(EnergyBucket::energyKwh).sum();
        if (firstWholeHour > start.getEpochSecond()) {
            TimeRange partHour = new TimeRange(start, Instant.ofEpochSecond(firstWholeHour)).alignedTo(Bucket.FIVE_MINUTES);
            kwh += history.buckets(deviceId, partHour, Bucket.FIVE_MINUTES).stream().mapToDouble(EnergyBucket::energyKwh).sum();
        }
        return kwh;
    }

    private record Latest(String deviceId, Instant timestamp, Double powerW) {
    }

    private List<Latest> latest() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LATEST);
             ResultSet rows = statement.executeQuery()) {
            List<Latest> latest = new ArrayList<>();
            while (rows.next()) {
                latest.add(new Latest(rows.getString(1), Instant.ofEpochSecond(rows.getLong(2)), SqlValues.getDouble(rows, 3)));
            }
            return latest;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the latest energy readings failed", e);
        }
    }
}
