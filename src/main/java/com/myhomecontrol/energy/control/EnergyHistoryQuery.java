package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyReading;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The history of one device, raw or in buckets, straight from SQLite (JPA costs too much here). */
@ApplicationScoped
public class EnergyHistoryQuery {

    /** Power is not integrated across a gap longer than this: the plug was off-line, not at constant power. */
    static final long MAX_INTEGRATION_GAP_SECONDS = 900;

    private static final String RAW = """
            SELECT device_id, timestamp, power_w, voltage_v, current_a, daily_energy_kwh, monthly_energy_kwh, power_state
            FROM energy_timeseries
            WHERE device_id = ? AND timestamp >= ? AND timestamp < ?
            ORDER BY timestamp
            LIMIT ?
            """;

    /*
     * Energy of a reading = what was consumed since the previous one: the daily counter's rise
     * (a fall is the midnight reset, so the new value is all of it), or else the trapezoid of
     * power over the interval. The window starts one gap early so the first reading has a predecessor.
     */
    private static final String BUCKETS = """
            SELECT (timestamp / ?) * ? AS bucket_start,
                   MIN(power_w), AVG(power_w), MAX(power_w), SUM(consumed_kwh), COUNT(*)
            FROM (
                SELECT timestamp, power_w,
                       CASE
                           WHEN daily_energy_kwh IS NOT NULL AND prev_daily IS NOT NULL AND daily_energy_kwh >= prev_daily
                               THEN daily_energy_kwh - prev_daily
                           WHEN daily_energy_kwh IS NOT NULL AND prev_daily IS NOT NULL
                               THEN daily_energy_kwh
                           WHEN power_w IS NOT NULL AND prev_power IS NOT NULL AND timestamp - prev_ts <= ?
                               THEN (power_w + prev_power) * (timestamp - prev_ts) / 7200000.0
                           ELSE 0
                       END AS consumed_kwh
                FROM (
                    SELECT timestamp, power_w, daily_energy_kwh,
                           LAG(timestamp) OVER w AS prev_ts,
                           LAG(power_w) OVER w AS prev_power,
                           LAG(daily_energy_kwh) OVER w AS prev_daily
                    FROM energy_timeseries
                    WHERE device_id = ? AND timestamp >= ? AND timestamp < ?
                    WINDOW w AS (ORDER BY timestamp)
                )
                WHERE timestamp >= ?
            )
            GROUP BY bucket_start
            ORDER BY bucket_start
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
                    readings.add(new EnergyReading(rows.getString(1), rows.getLong(2),
                            SqlValues.getDouble(rows, 3), SqlValues.getDouble(rows, 4), SqlValues.getDouble(rows, 5),
                            SqlValues.getDouble(rows, 6), SqlValues.getDouble(rows, 7), SqlValues.getBoolean(rows, 8)));
                }
            }
            return readings;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy history of " + deviceId + " failed", e);
        }
    }

    public List<EnergyBucket> buckets(String deviceId, TimeRange range, Bucket bucket) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BUCKETS)) {
            statement.setLong(1, bucket.seconds());
            statement.setLong(2, bucket.seconds());
            statement.setLong(3, MAX_INTEGRATION_GAP_SECONDS);
            statement.setString(4, deviceId);
            statement.setLong(5, range.startSecond() - MAX_INTEGRATION_GAP_SECONDS);
            statement.setLong(6, range.endSecond());
            statement.setLong(7, range.startSecond());
            List<EnergyBucket> buckets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(new EnergyBucket(Instant.ofEpochSecond(rows.getLong(1)),
                            SqlValues.getDouble(rows, 2), SqlValues.getDouble(rows, 3), SqlValues.getDouble(rows, 4),
                            rows.getDouble(5), rows.getLong(6)));
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy buckets of " + deviceId + " failed", e);
        }
    }
}
