package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyBucket;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.control.JsonColumns;
import com.myhomecontrol.platform.control.RetentionMarks;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.entity.Bucket;
import com.myhomecontrol.platform.entity.TimeRange;
import com.myhomecontrol.platform.entity.TimestampFormat;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The history of one device, straight from SQLite (JPA costs too much here): raw readings, buckets
 * of an hour or more from the hourly rollup, shorter buckets from the readings or, before the raw
 * readings kept, from the rollup job's five-minute statistics.
 */
@ApplicationScoped
public class EnergyHistoryQuery {

    private static final String RAW_WHERE = " FROM energy_timeseries WHERE device_id = ? AND timestamp >= ? AND timestamp < ?";
    private static final String RAW_ALL = rawSql(EnergyField.ALL);
    static final String RAW_TABLE = "energy_timeseries";
    private static final SerializableString DEVICE_ID = new SerializedString("device_id");

    @Resource(lookup = TimeseriesDatabase.JNDI_NAME)
    DataSource dataSource;

    EnergyHistoryQuery() {
    }

    public EnergyHistoryQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** At most {@code limit} readings from the start of the range. */
    public List<EnergyReading> raw(String deviceId, TimeRange range, int limit) {
        List<EnergyReading> readings = new ArrayList<>();
        eachRaw(deviceId, range, limit, EnergyField.ALL, rows -> readings.add(new EnergyReading(deviceId, rows.getLong(1),
                SqlValues.getDouble(rows, 2), SqlValues.getDouble(rows, 3), SqlValues.getDouble(rows, 4),
                SqlValues.getDouble(rows, 5), SqlValues.getDouble(rows, 6), SqlValues.getBoolean(rows, 7))));
        return readings;
    }

    /**
     * Writes the readings of the range, at most {@link HistoryLimits#MAX_RAW_POINTS}, as they are read:
     * each an object of the timestamp and {@code fields} (unknown values null), preceded by the
     * device id when {@code withDeviceId}, into the array the generator has open. Answers how many.
     */
    public int writeRaw(String deviceId, TimeRange range, List<EnergyField> fields, boolean withDeviceId,
                        TimestampFormat format, JsonGenerator points) {
        int[] written = {0};
        TimestampFormat.Writer timestamps = format.writer();
        SerializableString device = new SerializedString(deviceId);
        eachRaw(deviceId, range, HistoryLimits.MAX_RAW_POINTS, fields, rows -> {
            points.writeStartObject();
            if (withDeviceId) {
                points.writeName(DEVICE_ID);
                points.writeString(device);
            }
            timestamps.write(points, TimestampFormat.TIMESTAMP, rows.getLong(1));
            for (int i = 0; i < fields.size(); i++) {
                EnergyField field = fields.get(i);
                if (field == EnergyField.POWER_STATE) {
                    JsonColumns.writeBoolean(points, field.jsonName(), rows, i + 2);
                } else {
                    JsonColumns.writeDouble(points, field.jsonName(), rows, i + 2);
                }
            }
            points.writeEndObject();
            written[0]++;
        });
        return written[0];
    }

    /** Whether the range holds more than {@code count} readings, found without reading them. */
    public boolean holdsMoreThan(String deviceId, TimeRange range, long count) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1" + RAW_WHERE + " LIMIT 1 OFFSET ?")) {
            bind(statement, deviceId, range);
            statement.setLong(4, count);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the energy history of " + deviceId + " failed", e);
        }
    }

    /** The buckets that have readings; the range should be aligned to the bucket size. */
    public List<EnergyBucket> buckets(String deviceId, TimeRange range, Bucket bucket) {
        try (Connection connection = dataSource.getConnection()) {
            long from = range.startSecond();
            List<EnergyPeriod> periods = bucket.seconds() >= EnergyPeriod.HOUR
                    ? hours(connection, deviceId, EnergyPeriod.hourOf(from), range.endSecond())
                    : shorterPeriods(connection, deviceId, from, range.endSecond(), bucket);
            long first = bucket.seconds() >= EnergyPeriod.HOUR ? EnergyPeriod.hourOf(from) : from;
            return EnergyPeriods.buckets(periods, first, bucket.seconds());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy buckets of " + deviceId + " failed", e);
        }
    }

    /** From when raw readings are kept, once retention has deleted some. */
    public Optional<Instant> rawRetainedSince() {
        return RetentionMarks.since(dataSource, RAW_TABLE);
    }

    /** The live hourly table, complete forever; the hour before the range gives the predecessor of its first reading. */
    private static List<EnergyPeriod> hours(Connection connection, String deviceId, long from, long to) throws SQLException {
        try (EnergyPeriodTable table = new EnergyPeriodTable(connection, EnergyPeriodTable.HOURLY)) {
            return table.list(deviceId, from - EnergyPeriod.HOUR, to);
        }
    }

    /**
     * Five minutes from the raw readings where they are kept, exact even right after a late reading,
     * and from the rollup's statistics before; a minute from the raw readings only.
     */
    private static List<EnergyPeriod> shorterPeriods(Connection connection, String deviceId, long from, long to, Bucket bucket) throws SQLException {
        long before = from - Consumption.MAX_GAP_SECONDS;
        long rawFrom = bucket == Bucket.FIVE_MINUTES
                ? Math.max(before, RetentionMarks.firstWholePeriod(RetentionMarks.retainedSince(connection, RAW_TABLE), bucket.seconds()))
                : before;
        List<EnergyPeriod> periods = new ArrayList<>();
        if (rawFrom > before) {
            try (EnergyPeriodTable table = new EnergyPeriodTable(connection, EnergyPeriodTable.FIVE_MINUTES)) {
                periods.addAll(table.list(deviceId, before, Math.min(rawFrom, to)));
            }
        }
        if (rawFrom < to) {
            periods.addAll(EnergyPeriods.summarise(EnergySamples.read(connection, deviceId, rawFrom, to), bucket.seconds()));
        }
        return periods;
    }

    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }

    private void eachRaw(String deviceId, TimeRange range, int limit, List<EnergyField> fields, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(fields == EnergyField.ALL ? RAW_ALL : rawSql(fields))) {
            bind(statement, deviceId, range);
            statement.setInt(4, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the energy history of " + deviceId + " failed", e);
        }
    }

    /** Only the columns asked for: a chart of one series reads and sends one column. The names come from the enum, never from the request. */
    private static String rawSql(List<EnergyField> fields) {
        return "SELECT timestamp" + fields.stream().map(field -> ", " + field.column()).collect(Collectors.joining())
                + RAW_WHERE + " ORDER BY timestamp LIMIT ?";
    }

    private static void bind(PreparedStatement statement, String deviceId, TimeRange range) throws SQLException {
        statement.setString(1, deviceId);
        statement.setLong(2, range.startSecond());
        statement.setLong(3, range.endSecond());
    }
}
