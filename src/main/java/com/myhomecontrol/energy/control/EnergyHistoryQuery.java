package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyHour;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.energy.entity.EnergySample;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of one device, straight from SQLite (JPA costs too much here): raw readings, buckets
 * of an hour or more from the hourly rollup, shorter buckets from the readings.
 */
@ApplicationScoped
public class EnergyHistoryQuery {

    private static final String RAW = """
            SELECT timestamp, power_w, voltage_v, current_a, daily_energy_kwh, monthly_energy_kwh, power_state
            FROM energy_timeseries
            WHERE device_id = ? AND timestamp >= ? AND timestamp < ?
            ORDER BY timestamp
            LIMIT ?
            """;

    @Resource(lookup = TimeseriesDatabase.JNDI_NAME)
    DataSource dataSource;

    EnergyHistoryQuery() {
    }

    public EnergyHistoryQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** At most {@code limit} readings from the start of the range. */
    public List<EnergyReading> raw(String deviceId, TimeRange range, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RAW)) {
            statement.setString(1, deviceId);
            statement.setLong(2, range.startSecond());
            statement.setLong(3, range.endSecond());
            statement.setInt(4, limit);
            List<EnergyReading> readings = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    readings.add(new EnergyReading(deviceId, rows.getLong(1),
                            SqlValues.getDouble(rows, 2), SqlValues.getDouble(rows, 3), SqlValues.getDouble(rows, 4),
                            SqlValues.getDouble(rows, 5), SqlValues.getDouble(rows, 6), SqlValues.getBoolean(rows, 7)));
                }
            }
            return readings;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy history of " + deviceId + " failed", e);
        }
    }

    /** The buckets that have readings; the range should be aligned to the bucket size. */
    public List<EnergyBucket> buckets(String deviceId, TimeRange range, Bucket bucket) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, EnergyAccumulator> buckets = bucket.seconds() >= EnergyHour.SECONDS
                    ? fromHours(connection, deviceId, range, bucket)
                    : fromReadings(connection, deviceId, range, bucket);
            return buckets.values().stream().map(EnergyAccumulator::toBucket).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy buckets of " + deviceId + " failed", e);
        }
    }

    /** The hour before the range only provides the predecessor of the first reading. */
    private static Map<Long, EnergyAccumulator> fromHours(Connection connection, String deviceId, TimeRange range, Bucket bucket) throws SQLException {
        long from = EnergyHour.startOf(range.startSecond());
        Map<Long, EnergyAccumulator> buckets = new LinkedHashMap<>();
        EnergySample previous = null;
        List<EnergyHour> hours;
        try (EnergyHourTable table = new EnergyHourTable(connection)) {
            hours = table.list(deviceId, from - EnergyHour.SECONDS, range.endSecond());
        }
        for (EnergyHour hour : hours) {
            if (hour.hourStart() >= from) {
                bucketOf(buckets, hour.hourStart(), bucket).add(hour, Consumption.kwh(previous, hour.first()));
            }
            previous = hour.last();
        }
        return buckets;
    }

    private static Map<Long, EnergyAccumulator> fromReadings(Connection connection, String deviceId, TimeRange range, Bucket bucket) throws SQLException {
        Map<Long, EnergyAccumulator> buckets = new LinkedHashMap<>();
        EnergySample previous = null;
        for (EnergySample sample : EnergySamples.read(connection, deviceId, range.startSecond() - Consumption.MAX_GAP_SECONDS, range.endSecond())) {
            if (sample.timestamp() >= range.startSecond()) {
                bucketOf(buckets, sample.timestamp(), bucket).add(sample, Consumption.kwh(previous, sample));
            }
            previous = sample;
        }
        return buckets;
    }

    private static EnergyAccumulator bucketOf(Map<Long, EnergyAccumulator> buckets, long timestamp, Bucket bucket) {
        long start = Math.floorDiv(timestamp, bucket.seconds()) * bucket.seconds();
        return buckets.computeIfAbsent(start, EnergyAccumulator::new);
    }
}
